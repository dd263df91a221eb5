using Engine.Rules.Authoring;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Authoring;

/// <summary>The rule-change diff against the library: targets added, removed, changed field by field, and task moves under the same figures.</summary>
public class LedgerDiffTests
{
    private static readonly DateOnly June30 = new(2023, 6, 30);

    /// <summary>A ledger read through the real reader, with one task per (task no, target objects) pair.</summary>
    private static Ledger Ledger(params (int No, string Targets)[] tasks)
    {
        var taskJson = string.Join(",\n", tasks.Select(t => $$"""
            { "no": {{t.No}}, "measure": { "no": 1, "name": "措施" }, "lead": ["市甲局"], "responsible": [],
              "text": "任务文本{{t.No}}", "targets": [ {{t.Targets}} ] }
            """));
        using var temp = new TempLedger($$"""
            { "area": { "no": "一", "name": "测试" }, "tasks": [ {{taskJson}} ] }
            """);
        return temp.Read();
    }

    private static RawFigure F(string target, string asOf, string value, int line = 2) => new("f.csv", line, target, asOf, value);

    private static LedgerDiff Diff(Ledger a, Ledger b, params RawFigure[] figures) => LedgerDiffer.Diff(a, b, figures, June30);

    [Fact]
    public void Diff_SameLedger_IsEmptyWithEveryTaskOnTheDiagonal()
    {
        var ledger = Ledger((1, """{ "id": "1.1", "metric": "比例", "kind": "at_least", "nature": "level", "value": 10, "unit": "%" }"""),
                            (2, """{ "id": "2.1", "metric": "工作", "kind": "milestone", "unit": "%" }"""));
        // Semantics v2: a % target is a level without a baseline, so it holds: 12 ≥ 10 before the deadline is on track.
        var diff = Diff(ledger, ledger, F("1.1", "2023-06-30", "12"));

        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
        Assert.Empty(diff.Changed);
        Assert.Empty(diff.Tasks);
        Assert.Equal(2, diff.Transitions.Count);
        Assert.Equal(1, diff.Transitions[(Status.OnTrack, Status.OnTrack)]);
        Assert.Equal(1, diff.Transitions[(Status.NoData, Status.NoData)]);
        Assert.Equal((ledger.Revision, ledger.Revision, June30), (diff.OldRevision, diff.NewRevision, diff.AsOf));
    }

    [Fact]
    public void Diff_TwoReadsOfTheSameFiles_AreEqualInEveryTarget()
    {
        const string Target = """{ "id": "1.1", "metric": "比例", "kind": "about", "nature": "level", "value": 10, "unit": "%", "source": "s", "note": "n" }""";
        var diff = Diff(Ledger((1, Target)), Ledger((1, Target)));
        Assert.Empty(diff.Changed);
        Assert.Empty(diff.Tasks);
    }

    [Fact]
    public void Diff_TargetAddedAndRemoved_AreListedInLedgerOrder()
    {
        var before = Ledger((1, """
            { "id": "1.1", "metric": "甲", "kind": "at_least", "nature": "level", "value": 10, "unit": "%" },
            { "id": "1.2", "metric": "乙", "kind": "at_least", "nature": "level", "value": 10, "unit": "%" }
            """));
        var after = Ledger((1, """
            { "id": "1.1", "metric": "甲", "kind": "at_least", "nature": "level", "value": 10, "unit": "%" },
            { "id": "1.3", "metric": "丙", "kind": "milestone", "unit": "%" },
            { "id": "1.4", "metric": "丁", "kind": "milestone", "unit": "%" }
            """));

        var diff = Diff(before, after);

        Assert.Equal(["1.3", "1.4"], diff.Added.Select(t => t.Id));
        Assert.Equal("丙", diff.Added[0].Metric);
        Assert.Equal(["1.2"], diff.Removed.Select(t => t.Id));
        Assert.Equal("乙", diff.Removed[0].Metric);
        Assert.Empty(diff.Changed);
        Assert.NotEqual(diff.OldRevision, diff.NewRevision);
        Assert.Equal((before.Revision, after.Revision), (diff.OldRevision, diff.NewRevision));
    }

    [Theory]
    [InlineData("metric", """ "metric": "甲", "kind": "at_least", "nature": "level", "value": 10 """, """ "metric": "乙", "kind": "at_least", "nature": "level", "value": 10 """, "甲", "乙")]
    [InlineData("kind", """ "metric": "m", "kind": "at_least", "nature": "level", "value": 10, "schedule": "linear" """, """ "metric": "m", "kind": "at_most", "nature": "level", "value": 10, "schedule": "linear" """, "at_least", "at_most")]
    [InlineData("value", """ "metric": "m", "kind": "at_least", "nature": "level", "value": 12 """, """ "metric": "m", "kind": "at_least", "nature": "level", "value": 12.5 """, "12", "12.5")]
    [InlineData("value2", """ "metric": "m", "kind": "between", "nature": "level", "value": 1, "value2": 5 """, """ "metric": "m", "kind": "between", "nature": "level", "value": 1, "value2": 6 """, "5", "6")]
    // Semantics v2: a baseline moves a level's default schedule (hold → linear) and a unit can move the proposed nature
    // (% level → 个 cumulative); the nature is given so that the field alone changes.
    [InlineData("baseline", """ "metric": "m", "kind": "at_least", "value": 10, "nature": "cumulative" """, """ "metric": "m", "kind": "at_least", "value": 10, "nature": "cumulative", "baseline": 2.50 """, null, "2.5")]
    [InlineData("unit", """ "metric": "m", "kind": "at_least", "value": 10, "nature": "level" """, """ "metric": "m", "kind": "at_least", "value": 10, "nature": "level", "unit": "个" """, "%", "个")]
    [InlineData("deadline", """ "metric": "m", "kind": "at_least", "nature": "level", "value": 10 """, """ "metric": "m", "kind": "at_least", "nature": "level", "value": 10, "deadline": "2023-09-30" """, "2023-12-31", "2023-09-30")]
    [InlineData("exclusive", """ "metric": "m", "kind": "at_least", "nature": "level", "value": 10 """, """ "metric": "m", "kind": "at_least", "nature": "level", "value": 10, "exclusive": true """, "false", "true")]
    [InlineData("tolerance", """ "metric": "m", "kind": "about", "nature": "level", "value": 20 """, """ "metric": "m", "kind": "about", "nature": "level", "value": 20, "tolerance": 3 """, "2", "3")]
    [InlineData("schedule", """ "metric": "m", "kind": "at_least", "nature": "level", "value": 10 """, """ "metric": "m", "kind": "at_least", "nature": "level", "value": 10, "schedule": "final" """, "hold", "final")] // v2: a % level without baseline holds by default
    [InlineData("slack", """ "metric": "m", "kind": "at_least", "nature": "level", "value": 10 """, """ "metric": "m", "kind": "at_least", "nature": "level", "value": 10, "slack": 0.1 """, "0", "0.1")]
    [InlineData("source", """ "metric": "m", "kind": "at_least", "nature": "level", "value": 10, "source": "旧" """, """ "metric": "m", "kind": "at_least", "nature": "level", "value": 10, "source": "新" """, "旧", "新")]
    [InlineData("note", """ "metric": "m", "kind": "at_least", "nature": "level", "value": 10, "note": "说明" """, """ "metric": "m", "kind": "at_least", "nature": "level", "value": 10 """, "说明", null)]
    public void Diff_OneFieldChanged_ReportsThatFieldAloneWithOldAndNew(string field, string oldFields, string newFields, string? oldText, string? newText)
    {
        static string Target(string fields) => fields.Contains("\"unit\"", StringComparison.Ordinal)
            ? $$"""{ "id": "1.1", {{fields}} }"""
            : $$"""{ "id": "1.1", "unit": "%", {{fields}} }""";

        var diff = Diff(Ledger((1, Target(oldFields))), Ledger((1, Target(newFields))));

        var change = Assert.Single(diff.Changed);
        Assert.Equal("1.1", change.Id);
        Assert.Equal(new FieldChange(field, oldText, newText), Assert.Single(change.Fields));
        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
    }

    [Fact]
    public void Diff_TargetMovedToAnotherTask_ReportsTheTaskField()
    {
        const string Target = """{ "id": "7.1", "metric": "m", "kind": "milestone", "unit": "%" }""";
        var before = Ledger((1, Target), (2, """{ "id": "2.1", "metric": "m", "kind": "milestone", "unit": "%" }"""));
        var after = Ledger((1, """{ "id": "1.1", "metric": "m", "kind": "milestone", "unit": "%" }"""), (2, """{ "id": "2.1", "metric": "m", "kind": "milestone", "unit": "%" }, """ + Target));

        var diff = Diff(before, after);

        var change = Assert.Single(diff.Changed);
        Assert.Equal("7.1", change.Id);
        Assert.Equal([new FieldChange("task", "1", "2")], change.Fields);
        Assert.Equal(["1.1"], diff.Added.Select(t => t.Id));
        Assert.Equal(["7.1"], diff.Changed.Select(c => c.Id));
    }

    [Fact]
    public void Diff_SeveralFieldsChanged_ListsThemInComparisonOrder()
    {
        var diff = Diff(
            Ledger((1, """{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 10, "unit": "%", "note": "a" }""")),
            Ledger((1, """{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "cumulative", "value": 20, "unit": "个", "note": "b" }""")));

        // Semantics v2: % → 个 moves the proposed nature from level to cumulative, and with it the default schedule (hold → linear).
        Assert.Equal(
            [new FieldChange("nature", "level", "cumulative"), new FieldChange("value", "10", "20"), new FieldChange("unit", "%", "个"), new FieldChange("schedule", "hold", "linear"), new FieldChange("note", "a", "b")],
            Assert.Single(diff.Changed).Fields);
    }

    [Fact]
    public void Diff_SameNumberWrittenDifferently_IsNoChange()
    {
        var diff = Diff(
            Ledger((1, """{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 12, "baseline": 3, "unit": "%" }""")),
            Ledger((1, """{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 12.0, "baseline": 3.00, "unit": "%" }""")));
        Assert.Empty(diff.Changed);
    }

    [Fact]
    public void Diff_DefaultToleranceMadeExplicit_IsNoChange()
    {
        // 10% of 20 is 2: writing it out does not change what the target means.
        var diff = Diff(
            Ledger((1, """{ "id": "1.1", "metric": "m", "kind": "about", "nature": "cumulative", "value": 20, "unit": "亿元" }""")),
            Ledger((1, """{ "id": "1.1", "metric": "m", "kind": "about", "nature": "cumulative", "value": 20, "tolerance": 2, "unit": "亿元" }""")));
        Assert.Empty(diff.Changed);
    }

    [Fact]
    public void Diff_TargetRaised_MovesTheTaskStatusAndProgress()
    {
        const string Other = """{ "id": "2.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 10, "unit": "%" }""";
        var before = Ledger((1, """{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 10, "unit": "%" }"""), (2, Other));
        var after = Ledger((1, """{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 20, "unit": "%" }"""), (2, Other));

        // Semantics v2: % targets are levels without a baseline, so they hold. 12 meets 10 (on track, 100%); against 20 it is
        // 60% and not met (lagging). Task 2 is 5/10 = 50%, not met: lagging both times.
        var diff = Diff(before, after, F("1.1", "2023-06-30", "12"), F("2.1", "2023-06-30", "5", 3));

        Assert.Equal([new TaskChange("", 1, Status.OnTrack, Status.Lagging, 100, 60)], diff.Tasks);
        Assert.Equal(2, diff.Transitions.Count);
        Assert.Equal(1, diff.Transitions[(Status.OnTrack, Status.Lagging)]);
        Assert.Equal(1, diff.Transitions[(Status.Lagging, Status.Lagging)]);
    }

    [Fact]
    public void Diff_ProgressMovesUnderTheSameStatus_IsATaskChange()
    {
        // 5/10 = 50% and 5/8 = 62.5% → 63% (half away from zero); semantics v2: a % level without baseline holds, so both lag.
        var diff = Diff(
            Ledger((1, """{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 10, "unit": "%" }""")),
            Ledger((1, """{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 8, "unit": "%" }""")),
            F("1.1", "2023-06-30", "5"));

        Assert.Equal([new TaskChange("", 1, Status.Lagging, Status.Lagging, 50, 63)], diff.Tasks);
        Assert.Equal(1, Assert.Single(diff.Transitions).Value);
        Assert.Equal((Status.Lagging, Status.Lagging), diff.Transitions.Single().Key);
    }

    [Fact]
    public void Diff_ChangeThatMovesNoFigure_IsATargetChangeButNoTaskChange()
    {
        var diff = Diff(
            Ledger((1, """{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 10, "unit": "%", "note": "a" }""")),
            Ledger((1, """{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 10, "unit": "%", "note": "b" }""")),
            F("1.1", "2023-06-30", "5"));

        Assert.Single(diff.Changed);
        Assert.Empty(diff.Tasks);
    }

    [Fact]
    public void Diff_TasksAddedAndRemoved_AreTaskChangesOutsideTheMatrix()
    {
        const string Kept = """{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 10, "unit": "%" }""";
        var before = Ledger((1, Kept), (2, """{ "id": "2.1", "metric": "m", "kind": "milestone", "unit": "%" }"""));
        var after = Ledger((1, Kept), (3, """{ "id": "3.1", "metric": "m", "kind": "milestone", "unit": "%" }"""));

        var diff = Diff(before, after, F("1.1", "2023-06-30", "12"), F("3.1", "2023-06-30", "40", 3));

        Assert.Equal(
            [new TaskChange("", 2, Status.NoData, null, 0, null), new TaskChange("", 3, null, Status.Lagging, null, 40)],
            diff.Tasks);
        Assert.Equal(1, Assert.Single(diff.Transitions).Value);
        Assert.Equal((Status.OnTrack, Status.OnTrack), diff.Transitions.Single().Key); // v2: 12 ≥ 10 %, a level that holds: on track
    }

    [Fact]
    public void Diff_FigureOfATargetOnlyTheNewLedgerHas_CountsOnlyThere()
    {
        var before = Ledger((1, """{ "id": "1.1", "metric": "m", "kind": "milestone", "unit": "%" }"""));
        var after = Ledger((1, """
            { "id": "1.1", "metric": "m", "kind": "milestone", "unit": "%" },
            { "id": "1.2", "metric": "m", "kind": "at_least", "nature": "level", "value": 10, "unit": "%" }
            """));

        // The old ledger rejects the 1.2 row; the new one combines 1.1 (no data) with 1.2 (met).
        var diff = Diff(before, after, F("1.2", "2023-06-30", "10"));

        Assert.Equal(["1.2"], diff.Added.Select(t => t.Id));
        var task = Assert.Single(diff.Tasks);
        Assert.Equal((Status.NoData, Status.NoData, 0, 50), (task.OldStatus, task.NewStatus, task.OldProgress, task.NewProgress));
    }

    [Fact]
    public void Diff_PerEntityFigures_ComparesEachEntitysTasks()
    {
        var before = Ledger((1, """{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 10, "unit": "%" }"""));
        var after = Ledger((1, """{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 20, "unit": "%" }"""));

        var diff = Diff(before, after,
            F("1.1", "2023-06-30", "12") with { Entity = "甲区" },
            F("1.1", "2023-06-30", "30", 3) with { Entity = "乙区" });

        // Semantics v2: a % level without baseline holds: met is on track, 12 against 20 lags; 乙区's 30 meets both.
        Assert.Equal([new TaskChange("甲区", 1, Status.OnTrack, Status.Lagging, 100, 60)], diff.Tasks);
        Assert.Equal(1, diff.Transitions[(Status.OnTrack, Status.Lagging)]);
        Assert.Equal(1, diff.Transitions[(Status.OnTrack, Status.OnTrack)]);
    }

    [Fact]
    public void Diff_NoDateGiven_AssessesAsOfTheLatestFigure()
    {
        var ledger = Ledger((1, """{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 10, "unit": "%" }"""));
        var diff = LedgerDiffer.Diff(ledger, ledger, [F("1.1", "2023-03-31", "1"), F("1.1", "2023-09-30", "2", 3)], asOf: null);
        Assert.Equal(new DateOnly(2023, 9, 30), diff.AsOf);
    }

    [Fact]
    public void Diff_NoDateAndNoFigures_AssessesAtThePeriodEnd()
    {
        var ledger = Ledger((1, """{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 10, "unit": "%" }"""));
        var diff = LedgerDiffer.Diff(ledger, ledger, [], asOf: null);
        Assert.Equal(new DateOnly(2023, 12, 31), diff.AsOf);
        Assert.Equal(1, diff.Transitions[(Status.NoData, Status.NoData)]);
    }

    [Fact]
    public void Diff_BundledLedgerAgainstItself_CountsEveryTaskOnTheDiagonal()
    {
        var ledger = Rules.Ledgers.LedgerReader.Read(BundledPaths.Targets);
        var diff = LedgerDiffer.Diff(ledger, ledger, [], June30);
        Assert.Empty(diff.Changed);
        Assert.Empty(diff.Tasks);
        Assert.Equal(ledger.Tasks.Count, diff.Transitions.Values.Sum());
        Assert.All(diff.Transitions.Keys, k => Assert.Equal(k.Old, k.New));
    }

    [Fact]
    public void Diff_TwoRevisions_CompilesEachOnceAndAssessesAsTheirOwnEvaluators()
    {
        // Unique text gives revisions no other test compiles, so the count is this diff's alone.
        var unique = Guid.NewGuid().ToString("N");
        var before = Ledger((1, $$"""{ "id": "1.1", "metric": "比例{{unique}}", "kind": "at_least", "nature": "level", "value": 10, "unit": "%" }"""));
        var after = Ledger((1, $$"""{ "id": "1.1", "metric": "比例{{unique}}", "kind": "at_least", "nature": "level", "value": 15, "unit": "%" }"""));
        var compiled = new System.Collections.Concurrent.ConcurrentQueue<string>();
        void Count(Rules.Assessment.CompiledRuleSet rules)
        {
            if (rules.Ledger.Revision == before.Revision || rules.Ledger.Revision == after.Revision)
            {
                compiled.Enqueue(rules.Ledger.Revision);
            }
        }

        Rules.Assessment.RuleSetCompiler.Compiled += Count;
        LedgerDiff diff;
        try
        {
            diff = Diff(before, after, F("1.1", "2023-06-30", "12"));
        }
        finally
        {
            Rules.Assessment.RuleSetCompiler.Compiled -= Count;
        }

        Assert.Equal(new[] { before.Revision, after.Revision }.Order(StringComparer.Ordinal), compiled.Order(StringComparer.Ordinal));
        var change = Assert.Single(diff.Tasks);
        Status StatusUnder(Ledger ledger)
        {
            var intake = new FigureIntake(ledger);
            intake.Add(F("1.1", "2023-06-30", "12"));
            var set = FigureSet.From(intake);
            return new Rules.Assessment.Evaluator(ledger).Evaluate(set, June30).Assessments.Single().Tasks.Single().Status;
        }

        Assert.Equal((StatusUnder(before), StatusUnder(after)), (change.OldStatus!.Value, change.NewStatus!.Value));
        Assert.NotEqual(change.OldStatus, change.NewStatus);
    }
}
