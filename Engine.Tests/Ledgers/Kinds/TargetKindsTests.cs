using System.Linq.Expressions;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Ledgers;

public class TargetKindsTests
{
    public static TheoryData<string> KindNames => [.. TargetKinds.All.Select(k => k.Name)];

    [Fact]
    public void All_Names_AreUniqueAndFindable()
    {
        Assert.Equal(TargetKinds.All.Count, TargetKinds.Names.Count);
        Assert.All(TargetKinds.All, k => Assert.Same(k, TargetKinds.Named(k.Name)));
    }

    [Fact]
    public void Named_UnknownKind_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentException>(() => TargetKinds.Named("around"));
        Assert.Contains("\"around\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("at_least", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public void Fields_NameOnlyKindDependentFields(string name)
    {
        var kind = TargetKinds.Named(name);
        Assert.All(kind.Fields.Keys, f => Assert.Contains(f, TargetKinds.DependentFields));
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public void Read_EachRefusedField_IsALocatedProblemFromTheKind(string name)
    {
        var kind = TargetKinds.Named(name);
        foreach (var field in TargetKinds.DependentFields.Where(f => !kind.Takes(f)))
        {
            var json = field switch
            {
                "exclusive" => "true",
                _ => "5",
            };
            var required = string.Concat(kind.Fields.Where(f => f.Value == FieldUse.Required).Select(f => $", \"{f.Key}\": {(f.Key == "value2" ? 9 : 1)}"));
            using var ledger = new TempLedger(TempLedger.Area($$"""{ "id": "1.1", "metric": "m", "kind": "{{name}}", "unit": "%"{{(kind.MeasuresCompletion ? "" : ", \"nature\": \"level\"")}}{{required}}, "{{field}}": {{json}} }"""));
            var e = Assert.Throws<RuleFileException>(ledger.Read);
            var problem = Assert.Single(e.Problems);
            Assert.Equal(kind.Refusal(field), problem.Message);
            Assert.Contains(field, problem.Field, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public void Read_EachRequiredFieldMissing_IsAProblem(string name)
    {
        var kind = TargetKinds.Named(name);
        foreach (var field in kind.Fields.Where(f => f.Value == FieldUse.Required).Select(f => f.Key))
        {
            var others = string.Concat(kind.Fields.Where(f => f.Value == FieldUse.Required && f.Key != field).Select(f => $", \"{f.Key}\": 1"));
            using var ledger = new TempLedger(TempLedger.Area($$"""{ "id": "1.1", "metric": "m", "kind": "{{name}}", "unit": "%"{{(kind.MeasuresCompletion ? "" : ", \"nature\": \"level\"")}}{{others}} }"""));
            var e = Assert.Throws<RuleFileException>(ledger.Read);
            Assert.Contains(e.Problems, p => p.Message.Contains($"\"{field}\"", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void MetCondition_ExclusiveDecided_LeavesOneComparisonWithTheNumberInlined()
    {
        var figure = Expression.Parameter(typeof(decimal), "v");
        var inclusive = MetCondition.For(Target(TargetKinds.AtLeast, exclusive: false), figure);
        var exclusive = MetCondition.For(Target(TargetKinds.AtLeast, exclusive: true), figure);
        Assert.Equal(ExpressionType.GreaterThanOrEqual, inclusive.NodeType);
        Assert.Equal(ExpressionType.GreaterThan, exclusive.NodeType);
        Assert.Equal(12m, ((ConstantExpression)((BinaryExpression)inclusive).Right).Value);
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public void MetCondition_Inlined_AgreesWithIsMet(string name)
    {
        var kind = TargetKinds.Named(name);
        var target = Target(kind, exclusive: kind.Takes("exclusive"));
        var figure = Expression.Parameter(typeof(decimal), "v");
        var inlined = Expression.Lambda<Func<decimal, bool>>(MetCondition.For(target, figure), figure).Compile();
        foreach (var v in new[] { -1m, 0m, 10.8m, 11.99m, 12m, 12.01m, 13.2m, 13.21m, 20m, 99.9m, 100m, 120m })
        {
            Assert.Equal(kind.IsMet(target, v), inlined(v));
        }
    }

    [Fact]
    public void IsMet_EachKindAtItsEdges_FollowsFormatV1()
    {
        Assert.True(TargetKinds.AtLeast.IsMet(Target(TargetKinds.AtLeast), 12m));
        Assert.False(TargetKinds.AtLeast.IsMet(Target(TargetKinds.AtLeast, exclusive: true), 12m));
        Assert.True(TargetKinds.AtMost.IsMet(Target(TargetKinds.AtMost), 12m));
        Assert.False(TargetKinds.AtMost.IsMet(Target(TargetKinds.AtMost, exclusive: true), 12m));
        Assert.True(TargetKinds.Equal.IsMet(Target(TargetKinds.Equal), 12.0m));
        Assert.True(TargetKinds.About.IsMet(Target(TargetKinds.About), 13.2m));
        Assert.False(TargetKinds.About.IsMet(Target(TargetKinds.About), 13.21m));
        Assert.True(TargetKinds.Between.IsMet(Target(TargetKinds.Between), 20m));
        Assert.False(TargetKinds.Between.IsMet(Target(TargetKinds.Between), 20.01m));
        Assert.True(TargetKinds.Milestone.IsMet(Target(TargetKinds.Milestone), 100m));
        Assert.False(TargetKinds.Milestone.IsMet(Target(TargetKinds.Milestone), 99.9m));
    }

    [Fact]
    public void FigureRange_OnlyCompletionKinds_AreBounded()
    {
        Assert.All(TargetKinds.All, k => Assert.Equal(k.MeasuresCompletion, k.FigureRange == (0m, 100m)));
    }

    private static Target Target(TargetKind kind, bool exclusive = false) => new()
    {
        Id = "1.1",
        TaskNo = 1,
        Metric = "m",
        Kind = kind,
        Nature = Nature.Cumulative,
        Value = kind.Takes("value") ? 12m : null,
        Value2 = kind.Takes("value2") ? 20m : null,
        Unit = "%",
        Deadline = new DateOnly(2023, 12, 31),
        Exclusive = exclusive,
        Schedule = Schedule.Linear,
        Slack = 0m,
    };
}
