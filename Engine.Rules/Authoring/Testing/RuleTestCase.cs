using Engine.Rules.Assessment;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Authoring;

/// <summary>
/// One test case for a ledger's rules: GIVEN figures as of a date (for one entity), EXPECT statuses and/or
/// progress for the tasks and targets it names.
/// </summary>
public sealed record RuleTestCase(string Name, SourceLocation Location, DateOnly AsOf, string Entity, IReadOnlyList<RawFigure> Figures, IReadOnlyList<Expectation> Expectations);

/// <summary>What a case expects of one task or target field.</summary>
/// <param name="Subject">"target 20.1" or "task 20".</param>
/// <param name="Key">The task number or target id alone, e.g. <c>20</c> or <c>20.1</c>.</param>
/// <param name="IsTask">True for a task, false for a target.</param>
/// <param name="Field">status, progress, label, stale, (targets only) expected, (tasks only) alert, or (figures) refused.</param>
/// <param name="Expected">The expected value as the test file writes it.</param>
/// <param name="Location">Where the expectation stands in the test file, for its mismatch.</param>
public sealed record Expectation(string Subject, string Key, bool IsTask, string Field, string Expected, SourceLocation Location);

/// <summary>A difference between what a case expected and what the rules gave.</summary>
public sealed record Mismatch(string Subject, string Field, string Expected, string Actual, SourceLocation Location);

/// <summary>The outcome of one test case: it passes when nothing differs.</summary>
/// <param name="Case">The case run.</param>
/// <param name="Mismatches">Every difference between what the case expected and what the rules gave, rejected figures included.</param>
public sealed record RuleTestResult(RuleTestCase Case, IReadOnlyList<Mismatch> Mismatches)
{
    /// <summary>True when the rules gave everything the case expected.</summary>
    public bool Passed => Mismatches.Count == 0;
}
