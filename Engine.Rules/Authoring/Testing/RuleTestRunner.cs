using System.Globalization;
using Engine.Rules.Assessment;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Authoring;

/// <summary>Runs test cases through the same evaluator as every other entry point and lists each difference.</summary>
public static class RuleTestRunner
{
    /// <summary>Runs every case, in order.</summary>
    public static IReadOnlyList<RuleTestResult> Run(Evaluator evaluator, IEnumerable<RuleTestCase> cases) =>
        [.. cases.Select(c => Run(evaluator, c))];

    /// <summary>Runs one case: takes its figures, assesses its entity as of its date and compares each expectation.</summary>
    public static RuleTestResult Run(Evaluator evaluator, RuleTestCase testCase)
    {
        var intake = new FigureIntake(evaluator.Ledger);
        foreach (var figure in testCase.Figures)
        {
            intake.Add(figure);
        }

        var refusals = testCase.Expectations.Where(e => e.Field == RuleTestReader.Refused).ToList();
        var mismatches = intake.Rejected
            .Where(p => !refusals.Any(e => e.Key == Line(p)))
            .Select(p => new Mismatch($"figure line {p.Line}", "accepted", "yes", $"rejected: {p.Message}", new SourceLocation(p.Source, p.Line, 0)))
            .ToList();
        foreach (var e in refusals)
        {
            var refusal = intake.Rejected.FirstOrDefault(p => Line(p) == e.Key);
            if (refusal is null || !refusal.Message.Contains(e.Expected, StringComparison.Ordinal))
            {
                mismatches.Add(new Mismatch(e.Subject, e.Field, e.Expected, refusal?.Message ?? "accepted", e.Location));
            }
        }

        var assessment = evaluator.Assess(FigureSet.From(intake), testCase.Entity, testCase.AsOf);
        foreach (var e in testCase.Expectations.Except(refusals))
        {
            var actual = e.IsTask ? TaskField(evaluator.Ledger, assessment.Tasks.Single(t => t.Task.No.ToString(CultureInfo.InvariantCulture) == e.Key), e.Field)
                : TargetField(evaluator.Ledger, assessment.Tasks.SelectMany(t => t.Targets).Single(t => t.Target.Id == e.Key), e.Field);
            if (!Same(e.Field, e.Expected, actual))
            {
                mismatches.Add(new Mismatch(e.Subject, e.Field, e.Expected, actual, e.Location));
            }
        }

        return new RuleTestResult(testCase, mismatches);
    }

    private static string TaskField(Ledger ledger, TaskAssessment task, string field) => field switch
    {
        "status" => task.Status.Name(),
        "progress" => Semantics.TaskPercent(task.Progress).ToString(CultureInfo.InvariantCulture),
        "label" => ledger.Labels.For(task.Status),
        "alert" => task.Alert?.Level ?? "none",
        "stale" => task.Stale ? "true" : "false",
        _ => "",
    };

    private static string TargetField(Ledger ledger, TargetAssessment target, string field) => field switch
    {
        "status" => target.Status.Name(),
        "progress" => Semantics.TargetPercent(target.Progress).ToString(CultureInfo.InvariantCulture),
        "label" => ledger.Labels.For(target.Status),
        "stale" => target.Stale ? "true" : "false",
        "expected" => Semantics.TargetPercent(target.Expected).ToString(CultureInfo.InvariantCulture),
        _ => "",
    };

    private static string Line(Problem p) => p.Line.ToString(CultureInfo.InvariantCulture);

    // Progress compares as numbers (83.30 = 83.3); everything else as text.
    private static bool Same(string field, string expected, string actual) =>
        field is "progress" or "expected" && decimal.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var a) && decimal.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var b)
            ? a == b
            : string.Equals(expected, actual, StringComparison.Ordinal);
}
