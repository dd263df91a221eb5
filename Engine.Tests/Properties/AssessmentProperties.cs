using System.Globalization;
using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;
using Engine.Tests.Generators;
using Engine.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Engine.Tests.Properties;

public class AssessmentProperties
{
    /// <summary>
    /// Assesses one figure as of a date that may lie outside the period; the figure itself is dated within it, as
    /// intake refuses any other (before the start it is then not yet in force).
    /// </summary>
    private static TargetAssessment Assess(Ledger ledger, DateOnly asOf, decimal value) =>
        Run.Target(Run.Evaluate(ledger, D(asOf), ("1.1", D(Within(ledger.Period, asOf)), value.ToString(CultureInfo.InvariantCulture))));

    private static DateOnly Within(Period period, DateOnly date) =>
        date < period.Start ? period.Start : date > period.End ? period.End : date;

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Property(MaxTest = 60)]
    public Property RaisingFigure_NeverMakesAtLeastMoreSevere() =>
        Prop.ForAll(
            Arb.From(from t in TargetGenerators.Target("at_least") from d in TargetGenerators.Date from a in TargetGenerators.Amount from b in TargetGenerators.Amount select (t, d, a, b)),
            x =>
            {
                var ledger = TempLedger.WithTarget(x.t.Json());
                var (low, high) = (Math.Min(x.a, x.b), Math.Max(x.a, x.b));
                return Statuses.SeverityOf(Assess(ledger, x.d, high).Status) <= Statuses.SeverityOf(Assess(ledger, x.d, low).Status);
            });

    [Property(MaxTest = 60)]
    public Property LoweringFigure_NeverMakesAtMostMoreSevere() =>
        Prop.ForAll(
            Arb.From(from t in TargetGenerators.Target("at_most") from d in TargetGenerators.Date from a in TargetGenerators.Amount from b in TargetGenerators.Amount select (t, d, a, b)),
            x =>
            {
                var ledger = TempLedger.WithTarget(x.t.Json());
                var (low, high) = (Math.Min(x.a, x.b), Math.Max(x.a, x.b));
                return Statuses.SeverityOf(Assess(ledger, x.d, low).Status) <= Statuses.SeverityOf(Assess(ledger, x.d, high).Status);
            });

    [Property(MaxTest = 80)]
    public Property Progress_StaysWithinZeroAndHundred_AndDeadlineGivesAVerdict() =>
        Prop.ForAll(
            Arb.From(from t in TargetGenerators.Target() from d in TargetGenerators.Date from v in TargetGenerators.Amount select (t, d, v)),
            x =>
            {
                var ledger = TempLedger.WithTarget(x.t.Json());
                var value = x.t.Kind == "milestone" ? Math.Abs(x.v) % 100.01m : x.v;
                var a = Assess(ledger, x.d, value);
                var percent = Semantics.TargetPercent(a.Progress);
                var verdictOk = x.d < x.t.Deadline || a.Status is Status.Achieved or Status.AchievedLate or Status.Missed;
                return percent >= 0m && percent <= 100m && verdictOk;
            });

    [Property(MaxTest = 80)]
    public Property CompiledCondition_AgreesWithTheSemantics() =>
        Prop.ForAll(
            Arb.From(from t in TargetGenerators.Target() from v in TargetGenerators.Amount select (t, v)),
            x =>
            {
                var ledger = TempLedger.WithTarget(x.t.Json());
                var value = x.t.Kind == "milestone" ? Math.Abs(x.v) % 100.01m : x.v;
                var a = Assess(ledger, x.t.Deadline, value);
                return a.Met == Semantics.IsMet(ledger.Targets[0], value)
                    && a.ReadingRule!.StartsWith(TargetRules.RuleName(ledger.Targets[0], a.Met == true ? TargetRules.Met : TargetRules.NotMet), StringComparison.Ordinal)
                    && a.ReadingRule[TargetRules.RuleName(ledger.Targets[0], a.Met == true ? TargetRules.Met : TargetRules.NotMet).Length] is ',' or ' ';
            });

    [Property(MaxTest = 40)]
    public Property ReorderingRowsWithDistinctDates_ChangesNothing() =>
        Prop.ForAll(
            Arb.From(
                from values in Gen.ListOf(TargetGenerators.Percent, 1).Select(l => l.Take(8).ToList()).Where(l => l.Count > 0)
                from seed in Gen.Choose(0, 1000)
                from asOf in TargetGenerators.Date
                select (values, seed, asOf)),
            x =>
            {
                var ledger = TempLedger.WithTarget("""{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 50, "unit": "%" }""");
                var rows = x.values.Select((v, i) => ("1.1", D(TargetGenerators.PeriodStart.AddDays(i * 30)), v.ToString(CultureInfo.InvariantCulture))).ToArray();
                var shuffled = rows.OrderBy(_ => new Random(x.seed).Next()).ToArray();
                var a = Run.Evaluate(ledger, D(x.asOf), rows);
                var b = Run.Evaluate(ledger, D(x.asOf), shuffled);
                var ta = Run.Target(a);
                var tb = Run.Target(b);
                return ta.Status == tb.Status && ta.Progress == tb.Progress && ta.Figure?.Value == tb.Figure?.Value && a.Figures == b.Figures;
            });
}
