using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Http.Portal.Browser;

/// <summary>
/// The unit the end-to-end tests sign in as, chosen from the bundled ledger so that the flow holds: it leads exactly
/// two targets (both reported, so it owes nothing after) and is responsible for others (one of which gets the
/// refused figure, which leaves what it owes as lead unchanged). Everything expected is computed from the ledger.
/// </summary>
internal static class ReportingScenario
{
    public const string UnitName = "奋勇高新区管委会";

    /// <summary>The engine's clock: a few days after the second quarter ends, so 2023-06-30 is the last cycle end.</summary>
    public static ManualClock Clock() => new(new DateTimeOffset(2023, 7, 5, 2, 0, 0, TimeSpan.Zero));

    public const string LastCycleEnd = "2023-06-30";

    /// <summary>What the unit reports for each of the targets it leads: a plain number, accepted for any kind.</summary>
    public const string Value = "60";

    public static Ledger Ledger { get; } = LedgerReader.Read(BundledPaths.Targets);

    /// <summary>The targets of every task where the unit is lead or responsible (by canonical unit name).</summary>
    public static IReadOnlyList<Target> Own { get; } = [.. Ledger.Tasks.Where(t => t.Lead.Concat(t.Responsible).Any(u => Ledger.Units.Same(u, UnitName))).SelectMany(t => t.Targets)];

    /// <summary>The targets of the tasks it leads: what it owes the bureau.</summary>
    public static IReadOnlyList<Target> Led { get; } = [.. Ledger.Tasks.Where(t => t.Lead.Any(u => Ledger.Units.Same(u, UnitName))).SelectMany(t => t.Targets)];

    /// <summary>The target whose figure is refused: one the unit is only responsible for.</summary>
    public static Target Refused { get; } = Own.First(t => !Led.Contains(t));

    /// <summary>A date the intake refuses for <see cref="Refused"/>: after both its deadline and the ledger period.</summary>
    public static string LateDate
    {
        get
        {
            var end = Refused.Deadline > Ledger.Period.End ? Refused.Deadline : Ledger.Period.End;
            return end.AddDays(90).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
