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
/// <param name="Field">status, progress or label.</param>
public sealed record Expectation(string Subject, string Key, bool IsTask, string Field, string Expected, SourceLocation Location);

/// <summary>A difference between what a case expected and what the rules gave.</summary>
public sealed record Mismatch(string Subject, string Field, string Expected, string Actual, SourceLocation Location);

public sealed record RuleTestResult(RuleTestCase Case, IReadOnlyList<Mismatch> Mismatches)
{
    public bool Passed => Mismatches.Count == 0;
}
