using System.Globalization;
using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;
using Engine.Tests.Generators;
using Engine.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Engine.Tests.Properties;

/// <summary>Semantics v2 properties of the judged date and of stale figures, under a quarterly cycle with 10 days' grace.</summary>
public class ReportingProperties
{
    private const string Quarterly = TempLedger.QuarterlyHeader;

    private static readonly Period Year2023 = new(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31));

    private static Ledger Read(string target)
    {
        using var temp = new TempLedger(TempLedger.Area(target), Quarterly);
        return temp.Read();
    }

    private static string D(DateOnly d) => IsoDate.Format(d);

    private static string N(decimal v) => v.ToString(CultureInfo.InvariantCulture);

    private static DateOnly InPeriod(DateOnly d) => d < Year2023.Start ? Year2023.Start : d > Year2023.End ? Year2023.End : d;

    [Property(MaxTest = 40)]
    public Property FigureDatedAfterTheAsOfDate_ChangesNothing() =>
        Prop.ForAll(
            Arb.From(from t in TargetGenerators.Target() from a in TargetGenerators.Date from f in TargetGenerators.Date from v in TargetGenerators.Amount from later in TargetGenerators.Amount select (t, a, f, v, later)),
            x =>
            {
                var ledger = Read(x.t.Json());
                var asOf = InPeriod(x.a);
                var dated = InPeriod(x.f < asOf ? x.f : asOf);
                var value = x.t.Kind == "milestone" ? Math.Abs(x.v) % 100.01m : x.v;
                var extra = x.t.Kind == "milestone" ? Math.Abs(x.later) % 100.01m : x.later;
                var alone = Run.Target(Run.Evaluate(ledger, D(asOf), ("1.1", D(dated), N(value))));
                if (asOf >= Year2023.End)
                {
                    return true; // no date in the period lies after it
                }

                var withLater = Run.Target(Run.Evaluate(ledger, D(asOf), ("1.1", D(dated), N(value)), ("1.1", D(asOf.AddDays(1)), N(extra))));
                return alone.Status == withLater.Status && alone.Progress == withLater.Progress && alone.Expected == withLater.Expected && alone.Stale == withLater.Stale;
            });

    [Property(MaxTest = 40)]
    public Property BeingStale_IsNeverLessSevereThanTheSameFigureOnTime() =>
        Prop.ForAll(
            Arb.From(from t in TargetGenerators.Target() from a in TargetGenerators.Date from f in TargetGenerators.Date from v in TargetGenerators.Amount select (t, a, f, v)),
            x =>
            {
                var ledger = Read(x.t.Json());
                var asOf = InPeriod(x.a);
                if (ledger.Reporting!.ReportDueBy(ledger.Period, asOf) is not { } owed)
                {
                    return true;
                }

                var value = x.t.Kind == "milestone" ? Math.Abs(x.v) % 100.01m : x.v;
                var old = InPeriod(x.f < owed ? x.f : owed.AddDays(-1));
                var stale = Run.Target(Run.Evaluate(ledger, D(asOf), ("1.1", D(old), N(value))));
                var onTime = Run.Target(Run.Evaluate(ledger, D(asOf), ("1.1", D(owed), N(value))));
                return !stale.Stale || Statuses.SeverityOf(stale.Status) >= Statuses.SeverityOf(onTime.Status);
            });

    [Property(MaxTest = 40)]
    public Property AchievedLate_OnlyFromTheDeadlineOn() =>
        Prop.ForAll(
            Arb.From(from t in TargetGenerators.Target() from a in TargetGenerators.Date from f1 in TargetGenerators.Date from f2 in TargetGenerators.Date from v1 in TargetGenerators.Amount from v2 in TargetGenerators.Amount select (t, a, f1, f2, v1, v2)),
            x =>
            {
                var ledger = Read(x.t.Json());
                var asOf = InPeriod(x.a);
                decimal Fit(decimal v) => x.t.Kind == "milestone" ? Math.Abs(v) % 100.01m : v;
                var a = Run.Target(Run.Evaluate(ledger, D(asOf), ("1.1", D(InPeriod(x.f1)), N(Fit(x.v1))), ("1.1", D(InPeriod(x.f2)), N(Fit(x.v2)))));
                return (a.Status != Status.AchievedLate || asOf >= a.Target.Deadline).Label($"{a.Status} as of {D(asOf)}, deadline {D(a.Target.Deadline)}");
            });

    [Property(MaxTest = 40)]
    public Property CumulativeAtLeast_StatusIsMonotoneInTheFigure() =>
        Prop.ForAll(
            Arb.From(from t in TargetGenerators.Target("at_least") from a in TargetGenerators.Date from f in TargetGenerators.Date from v in TargetGenerators.Amount from w in TargetGenerators.Amount select (t: t with { Nature = "cumulative" }, a, f, v, w)),
            x =>
            {
                var ledger = Read(x.t.Json());
                var asOf = InPeriod(x.a);
                var dated = InPeriod(x.f < asOf ? x.f : asOf);
                var (low, high) = (Math.Min(x.v, x.w), Math.Max(x.v, x.w));
                var lower = Run.Target(Run.Evaluate(ledger, D(asOf), ("1.1", D(dated), N(low))));
                var higher = Run.Target(Run.Evaluate(ledger, D(asOf), ("1.1", D(dated), N(high))));
                return (Statuses.SeverityOf(higher.Status) <= Statuses.SeverityOf(lower.Status)).Label($"{N(low)} → {lower.Status}, {N(high)} → {higher.Status}");
            });

    [Property(MaxTest = 30)]
    public Property Refusals_AreIndependentOfRowOrder() =>
        Prop.ForAll(
            Arb.From(
                from rows in Gen.ListOf(
                    from date in Gen.Elements("2022-12-31", "2023-03-31", "2023-06-31", "2023-09-30", "2024-01-01", "2031-06-30", "x")
                    from value in Gen.Elements("1", "2.5", "3", "ten", "-1", "4")
                    from target in Gen.Elements("1.1", "9.9")
                    select (target, date, value)).Select(l => l.Take(12).ToList())
                from seed in Gen.Choose(0, 1000)
                select (rows, seed)),
            x =>
            {
                var ledger = Read("""{ "id": "1.1", "metric": "场数", "kind": "at_least", "nature": "cumulative", "value": 10, "unit": "场" }""");
                IReadOnlyList<string> Refused(IEnumerable<(string Target, string Date, string Value)> rows)
                {
                    var intake = new Rules.Figures.FigureIntake(ledger);
                    var line = 1;
                    foreach (var (target, date, value) in rows)
                    {
                        intake.Add(new Rules.Figures.RawFigure("f.csv", ++line, target, date, value));
                    }

                    // Lines move with the rows; what is refused, and why, must not.
                    return [.. intake.Rejected.Select(p => $"{p.Field}: {p.Message}").Order(StringComparer.Ordinal)];
                }

                var shuffled = x.rows.OrderBy(_ => new Random(x.seed).Next()).ToList();
                return Refused(x.rows).SequenceEqual(Refused(shuffled));
            });
}
