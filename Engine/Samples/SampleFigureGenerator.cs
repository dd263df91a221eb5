using System.Globalization;
using Engine.Rules.Ledgers;
using nietras.SeparatedValues;

namespace Engine.Samples;

/// <summary>
/// Makes plausible figures for a ledger, deterministically from a seed: rates stay in 0–100, durations sit near
/// their limits, counts grow through the year; each target gets a fate (strong, steady, slow, silent), so the
/// assessment shows a realistic mix of statuses. A few deliberately bad rows show the rejections.
/// </summary>
internal sealed class SampleFigureGenerator
{
    public static readonly string[] Columns = ["target", "as_of", "value", "unit", "entity", "reported_by", "note"];

    private readonly Ledger _ledger;
    private readonly int _seed;

    public SampleFigureGenerator(Ledger ledger, int seed)
    {
        _ledger = ledger;
        _seed = seed;
    }

    private enum Fate
    {
        Strong,
        Steady,
        Slow,
        Silent,
    }

    /// <summary>The quarter ends of the ledger's first year.</summary>
    public IReadOnlyList<DateOnly> QuarterEnds()
    {
        var year = _ledger.Period.Start.Year;
        return [new(year, 3, 31), new(year, 6, 30), new(year, 9, 30), new(year, 12, 31)];
    }

    /// <summary>Writes the figures reported at one quarter end, with a correction row and a few bad rows.</summary>
    public void WriteQuarter(DateOnly quarterEnd, TextWriter output)
    {
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(output, leaveOpen: true);
        var share = Semantics(quarterEnd);
        var random = new Random(_seed ^ quarterEnd.DayNumber);
        string? corrected = null;
        foreach (var task in _ledger.Tasks)
        {
            foreach (var target in task.Targets)
            {
                var fate = FateOf(target, "");
                if (fate == Fate.Silent)
                {
                    continue;
                }

                if (fate == Fate.Slow && random.NextDouble() < 0.15)
                {
                    // A slow unit that skips a quarter sends nothing new; from Q3 on it re-sends its figure of two quarters
                    // before, which a quarterly cycle finds out of date (stale).
                    var earlier = quarterEnd.AddDays(1).AddMonths(-6).AddDays(-1);
                    if (earlier >= _ledger.Period.Start && earlier < target.Deadline)
                    {
                        // Its own noise source, so the other rows stay as they were.
                        var old = Value(target, fate, Semantics(earlier), new Random(Hash(target.Id, "", _seed)), new Random(Hash(target.Id, "resent", _seed)));
                        Row(writer, target.Id, earlier, Format(target, old), "", "", task.Lead[0], "沿用上次报送");
                    }

                    continue;
                }

                var value = Value(target, fate, share, new Random(Hash(target.Id, "", _seed)), random);
                var asOf = random.NextDouble() < 0.1 ? quarterEnd.AddDays(-random.Next(5, 20)) : quarterEnd;
                Row(writer, target.Id, asOf, Format(target, value), random.NextDouble() < 0.5 ? target.Unit : "", "", task.Lead[0], "");
                corrected ??= random.NextDouble() < 0.02 && !target.Kind.MeasuresCompletion ? target.Id : null;
            }
        }

        // A unit corrects its own figure later in the file: the later row wins, the earlier is counted as superseded.
        if (corrected is not null && _ledger.TryGetTarget(corrected, out var fix))
        {
            var value = Value(fix, Fate.Steady, share, new Random(Hash(fix.Id, "fix", _seed)), random);
            Row(writer, fix.Id, quarterEnd, Format(fix, value), fix.Unit, "", _ledger.Task(fix.TaskNo).Lead[0], "更正");
        }

        WriteBadRows(writer, quarterEnd);
    }

    /// <summary>Writes a large figure file for benchmarks: month-end figures for many entities, cycling until the row count is reached.</summary>
    public void WriteLarge(int rows, int entities, TextWriter output)
    {
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(output, leaveOpen: true);
        var random = new Random(_seed);
        var months = Enumerable.Range(1, 12).Select(m => new DateOnly(_ledger.Period.Start.Year, m, 1).AddMonths(1).AddDays(-1)).ToList();
        var names = Enumerable.Range(1, entities).Select(i => $"区县{i:D2}").ToList();
        var written = 0;
        while (written < rows)
        {
            foreach (var month in months)
            {
                foreach (var entity in names)
                {
                    foreach (var target in _ledger.Targets)
                    {
                        if (written++ >= rows)
                        {
                            return;
                        }

                        var fate = FateOf(target, entity);
                        var value = Value(target, fate == Fate.Silent ? Fate.Slow : fate, Semantics(month), new Random(Hash(target.Id, entity, _seed)), random);
                        Row(writer, target.Id, month, Format(target, value), "", entity, "", "");
                    }
                }
            }
        }
    }

    private void WriteBadRows(SepWriter writer, DateOnly quarterEnd)
    {
        var first = _ledger.Targets[0];
        var milestone = _ledger.Targets.FirstOrDefault(t => t.Kind.MeasuresCompletion) ?? first;
        var numeric = _ledger.Targets.FirstOrDefault(t => t.Kind.Direction > 0 && !t.Kind.MeasuresCompletion && t.Unit == "%") ?? first;
        Row(writer, "999.9", quarterEnd, "50", "", "", "", "未知指标");
        Row(writer, numeric.Id, quarterEnd, "约12", "", "", "", "数值写成文字");
        Row(writer, numeric.Id, $"{quarterEnd.Year}-02-30", "12", "", "", "", "日期不存在");
        Row(writer, numeric.Id, quarterEnd, "12", "个", "", "", "单位不符");
        Row(writer, milestone.Id, quarterEnd, "120", "", "", "", "进度超过100%");
        if (_ledger.Targets.FirstOrDefault(t => t.Integer) is { } count)
        {
            Row(writer, count.Id, quarterEnd, "0.5", "", "", "", "整数指标填了小数");
        }

        // The year mistyped: a row that would otherwise become the default as-of date and move every assessment.
        Row(writer, numeric.Id, quarterEnd.AddYears(9), "12", "", "", "", "年份录错");

        // A template row left unfilled: neither date nor value, so it is counted blank, not rejected.
        Row(writer, first.Id, "", "", "", "", "", "");
    }

    private static void Row(SepWriter writer, string target, DateOnly asOf, string value, string unit, string entity, string reportedBy, string note) =>
        Row(writer, target, IsoDate.Format(asOf), value, unit, entity, reportedBy, note);

    private static void Row(SepWriter writer, string target, string asOf, string value, string unit, string entity, string reportedBy, string note)
    {
        using var row = writer.NewRow();
        row["target"].Set(target);
        row["as_of"].Set(asOf);
        row["value"].Set(value);
        row["unit"].Set(unit);
        row["entity"].Set(entity);
        row["reported_by"].Set(reportedBy);
        row["note"].Set(note);
    }

    private decimal Semantics(DateOnly date) => Rules.Assessment.Semantics.ExpectedShare(_ledger.Period.Start, _ledger.Period.End, date);

    private Fate FateOf(Target target, string entity)
    {
        var roll = new Random(Hash(target.Id, entity + "#fate", _seed)).NextDouble();
        return roll switch
        {
            < 0.30 => Fate.Strong,
            < 0.70 => Fate.Steady,
            < 0.90 => Fate.Slow,
            _ => Fate.Silent,
        };
    }

    // The target's trajectory is fixed by its own seeded draw; only small noise changes between quarters.
    private static decimal Value(Target t, Fate fate, decimal share, Random own, Random noise)
    {
        var pace = fate switch
        {
            Fate.Strong => 1.05 + (own.NextDouble() * 0.2),
            Fate.Steady => 1.01 + (own.NextDouble() * 0.1),
            _ => 0.45 + (own.NextDouble() * 0.35),
        };
        var wobble = 1 + ((noise.NextDouble() - 0.5) * 0.04);
        var figure = t.Kind.SampleFigure(t, (double)share, pace, wobble, fate == Fate.Slow, own);
        return (decimal)t.Kind.ClampSample(t, figure);
    }

    private static string Format(Target t, decimal value)
    {
        // A target counted in whole numbers refuses a fractional figure; other large whole targets just read better whole.
        var integral = t.Integer || (!t.Kind.MeasuresCompletion && t.Unit != "%" && (t.Value ?? 0m) == decimal.Truncate(t.Value ?? 0m) && Math.Abs(t.Value ?? 0m) >= 10);
        return Math.Round(value, integral ? 0 : 1, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);
    }

    private static int Hash(string a, string b, int seed)
    {
        // FNV-1a: stable across runs and platforms, unlike string.GetHashCode.
        var h = 2166136261u ^ (uint)seed;
        foreach (var c in a + "\u0001" + b)
        {
            h = (h ^ c) * 16777619u;
        }

        return (int)(h & 0x7fffffff);
    }
}
