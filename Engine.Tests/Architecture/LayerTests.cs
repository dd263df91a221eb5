using Engine.Rules.Ledgers;
using NetArchTest.Rules;

namespace Engine.Tests.Architecture;

/// <summary>
/// The library's layers depend one way: ledgers ← figures ← assessment ← authoring. A lower layer that reaches up
/// (in a signature or in a method body) fails here, naming the types that do.
/// </summary>
public class LayerTests
{
    private static readonly string[] Layers = ["Engine.Rules.Ledgers", "Engine.Rules.Figures", "Engine.Rules.Assessment", "Engine.Rules.Authoring"];

    public static TheoryData<int> LowerLayers => [0, 1, 2];

    [Theory]
    [MemberData(nameof(LowerLayers))]
    public void Layer_DependsOnNoLayerAboveIt(int layer)
    {
        var above = Layers[(layer + 1)..];
        var result = Types.InAssembly(typeof(Ledger).Assembly)
            .That().ResideInNamespace(Layers[layer])
            .ShouldNot().HaveDependencyOnAny(above)
            .GetResult();
        Assert.True(result.IsSuccessful, $"{Layers[layer]} reaches up into {string.Join(", ", above)}: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Layer_ReachingDown_IsSeenByTheCheck()
    {
        // The check above passes only if it can see dependencies at all: the assessment does use figures.
        var result = Types.InAssembly(typeof(Ledger).Assembly)
            .That().ResideInNamespace("Engine.Rules.Assessment")
            .ShouldNot().HaveDependencyOn("Engine.Rules.Figures")
            .GetResult();
        Assert.False(result.IsSuccessful);
    }

    [Fact]
    public void EveryType_LivesInOneOfTheLayers()
    {
        var outside = typeof(Ledger).Assembly.GetTypes()
            .Where(t => t.Namespace is not null && !t.Namespace.StartsWith("Microsoft", StringComparison.Ordinal) && !t.Namespace.StartsWith("System", StringComparison.Ordinal))
            .Where(t => !Layers.Contains(t.Namespace))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(outside);
    }
}
