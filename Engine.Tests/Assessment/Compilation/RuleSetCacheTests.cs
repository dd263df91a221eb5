using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Assessment;

public class RuleSetCacheTests
{
    private static Ledger Revision(int n)
    {
        using var temp = new TempLedger(TempLedger.Area($$"""{ "id": "1.1", "metric": "m{{n}}", "kind": "at_least", "nature": "level", "value": {{n}}, "unit": "%" }"""));
        return temp.Read();
    }

    [Fact]
    public void For_MoreRevisionsThanCapacity_KeepsOnlyTheMostRecent()
    {
        var cache = new RuleSetCache(2);
        var (a, b, c) = (Revision(1), Revision(2), Revision(3));
        var first = cache.For(a);
        cache.For(b);
        Assert.Same(first, cache.For(a));
        cache.For(c); // b is the least recently used now
        Assert.Equal(2, cache.Count);
        Assert.Same(first, cache.For(a));
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void For_EvictedRevision_IsCompiledAgain()
    {
        var cache = new RuleSetCache(1);
        var (a, b) = (Revision(1), Revision(2));
        var first = cache.For(a);
        cache.For(b);
        Assert.NotSame(first, cache.For(a));
    }

    [Fact]
    public void For_EvictedRevision_IsReleased()
    {
        var cache = new RuleSetCache(1);
        var weak = CompileAndForget(cache, Revision(1));
        cache.For(Revision(2));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(weak.IsAlive);
    }

    [Fact]
    public void New_NoCapacity_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RuleSetCache(0));

    // Not inlined, so no local of the caller keeps the rule set alive.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference CompileAndForget(RuleSetCache cache, Ledger ledger) => new(cache.For(ledger));
}
