using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Engine.Tests.Generators;

/// <summary>The one place FsCheck generators live: targets as rule-file JSON, figures, dates.</summary>
internal static class TargetGenerators
{
    public static readonly DateOnly PeriodStart = new(2023, 1, 1);

    /// <summary>A decimal with up to two places in [-1000, 1000], exact.</summary>
    public static Gen<decimal> Amount =>
        Gen.Choose(-100_000, 100_000).Select(i => i / 100m);

    public static Gen<decimal> Percent => Gen.Choose(0, 10_000).Select(i => i / 100m);

    /// <summary>A date in 2022-12 … 2024-01, so tests cross both period ends.</summary>
    public static Gen<DateOnly> Date => Gen.Choose(-31, 396).Select(d => PeriodStart.AddDays(d));

    /// <summary>
    /// Text a unit might write in an as_of cell: well-formed dates, impossible ones in the same shape (month 13,
    /// 2023-02-29, year 0), and near misses in other shapes (no zero padding, slashes, spaces, full-width digits).
    /// </summary>
    public static Gen<string> DateText =>
        Gen.OneOf(
            from y in Gen.Choose(0, 9999) from m in Gen.Choose(0, 13) from d in Gen.Choose(0, 32) select $"{y:D4}-{m:D2}-{d:D2}",
            from date in Date select date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            from date in Date from shape in Gen.Elements("yyyy-M-d", "yyyy/MM/dd", " yyyy-MM-dd", "yyyy-MM-dd ", "yyyyMMdd", "yyyy-MM-ddT00")
            select date.ToString(shape, CultureInfo.InvariantCulture),
            from date in Date select date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture).Replace('2', '２'));

    public static Gen<DateOnly> Deadline => Gen.Choose(0, 364).Select(d => PeriodStart.AddDays(d));

    public sealed record TargetSpec(string Kind, decimal Value, decimal? Value2, decimal? Baseline, bool Exclusive, string? Schedule, DateOnly Deadline, bool? Integer = null, string? Nature = null)
    {
        public string Json()
        {
            var f = new List<string>
            {
                "\"id\": \"1.1\"", "\"metric\": \"m\"", $"\"kind\": \"{Kind}\"", "\"unit\": \"%\"",
                $"\"deadline\": \"{Deadline:yyyy-MM-dd}\"",
            };
            if (Kind != "milestone")
            {
                f.Add($"\"value\": {N(Value)}");
            }

            if (Value2 is { } v2)
            {
                f.Add($"\"value2\": {N(v2)}");
            }

            if (Baseline is { } b)
            {
                f.Add($"\"baseline\": {N(b)}");
            }

            if (Exclusive)
            {
                f.Add("\"exclusive\": true");
            }

            if (Nature is not null)
            {
                f.Add($"\"nature\": \"{Nature}\"");
            }

            if (Schedule is not null)
            {
                f.Add($"\"schedule\": \"{Schedule}\"");
            }

            if (Integer is { } integer)
            {
                f.Add($"\"integer\": {(integer ? "true" : "false")}");
            }

            return "{ " + string.Join(", ", f) + " }";
        }

        private static string N(decimal d) => d.ToString(CultureInfo.InvariantCulture);
    }

    public static Gen<TargetSpec> Target(params string[] kinds) =>
        from kind in Gen.Elements(kinds.Length > 0 ? kinds : ["at_least", "at_most", "equal", "about", "between", "milestone"])
        from value in Amount
        from width in Gen.Choose(0, 5000).Select(i => i / 100m)
        from hasBaseline in Gen.Elements(true, false)
        from baselineShift in Gen.Choose(-5000, 5000).Select(i => i / 100m)
        from exclusive in Gen.Elements(true, false)
        from schedule in Gen.Elements<string?>(null, "linear", "hold", "final")
        from deadline in Deadline
        from nature in Gen.Elements("cumulative", "level")
        select new TargetSpec(
            kind,
            value,
            kind == "between" ? value + width : null,
            hasBaseline && kind is "at_least" or "at_most" ? value + baselineShift : null,
            exclusive && kind is "at_least" or "at_most",
            schedule,
            deadline,
            Nature: kind == "milestone" ? null : nature);

    /// <summary>A target that may also say whether it is counted in whole numbers; when it says so its values are whole, and it is no milestone.</summary>
    public static Gen<TargetSpec> TargetWithInteger =>
        from spec in Target()
        from integer in Gen.Elements<bool?>(null, false, true)
        select integer == true && spec.Kind != "milestone"
            ? spec with { Integer = true, Value = decimal.Truncate(spec.Value), Value2 = spec.Value2 is { } v2 ? decimal.Truncate(v2) : null }
            : spec with { Integer = integer == true ? null : integer };
}
