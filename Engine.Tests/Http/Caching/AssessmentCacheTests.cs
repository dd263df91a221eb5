using Engine.Http.Caching;
using Engine.Output;
using Engine.Rules.Ledgers;

namespace Engine.Tests.Http.Caching;

public class AssessmentCacheTests
{
    private static AssessmentKey Key(string asOf, string revision = "r1", long version = 1, string ledger = "l") =>
        new(ledger, revision, version, asOf, null, OutputFormat.Json, Language.Zh);

    private static byte[] Body(int size) => new byte[size];

    [Fact]
    public void Keep_MoreThanMaxEntries_DropsTheLeastRecentlyUsed()
    {
        var cache = new AssessmentCache(maxEntries: 2, maxBytes: 1_000_000);
        cache.Keep(Key("a"), Body(10), "r1");
        cache.Keep(Key("b"), Body(10), "r1");
        Assert.NotNull(cache.Find(Key("a"))); // a is now the most recent
        cache.Keep(Key("c"), Body(10), "r1");

        Assert.Equal(2, cache.Count);
        Assert.Null(cache.Find(Key("b")));
        Assert.NotNull(cache.Find(Key("a")));
        Assert.NotNull(cache.Find(Key("c")));
    }

    [Fact]
    public void Keep_PastMaxBytes_DropsOldestUntilWithinBound()
    {
        var cache = new AssessmentCache(maxEntries: 100, maxBytes: 3_000);
        cache.Keep(Key("a"), Body(1_000), "r1");
        cache.Keep(Key("b"), Body(1_000), "r1");
        cache.Keep(Key("c"), Body(1_000), "r1");

        Assert.True(cache.Bytes <= 3_000, $"bytes: {cache.Bytes}");
        Assert.Null(cache.Find(Key("a")));
        Assert.NotNull(cache.Find(Key("c")));
    }

    [Fact]
    public void Keep_AnswerLargerThanTheWholeBound_IsNotKept()
    {
        var cache = new AssessmentCache(maxEntries: 100, maxBytes: 3_000);
        cache.Keep(Key("a"), Body(100), "r1");
        cache.Keep(Key("huge"), Body(3_000), "r1");

        Assert.Null(cache.Find(Key("huge")));
        Assert.NotNull(cache.Find(Key("a")));
    }

    [Fact]
    public void Keep_NewRevision_DropsTheLedgersOtherRevisionsOnly()
    {
        var cache = new AssessmentCache(maxEntries: 100, maxBytes: 1_000_000);
        cache.Keep(Key("a", revision: "r1"), Body(10), "r1");
        cache.Keep(Key("a", ledger: "other"), Body(10), "r1");
        cache.Keep(Key("a", revision: "r2"), Body(10), "r2");

        Assert.Null(cache.Find(Key("a", revision: "r1")));
        Assert.NotNull(cache.Find(Key("a", revision: "r2")));
        Assert.NotNull(cache.Find(Key("a", ledger: "other")));
    }

    [Fact]
    public void Keep_RevisionNoLongerServed_IsNotKept()
    {
        var cache = new AssessmentCache(maxEntries: 100, maxBytes: 1_000_000);
        cache.Keep(Key("a", revision: "r1"), Body(10), servedRevision: "r2");
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Clear_Ledger_ForgetsItsAnswersAndKeepsOthers()
    {
        var cache = new AssessmentCache(maxEntries: 100, maxBytes: 1_000_000);
        cache.Keep(Key("a"), Body(10), "r1");
        cache.Keep(Key("a", ledger: "other"), Body(10), "r1");
        cache.Clear("l");

        Assert.Null(cache.Find(Key("a")));
        Assert.NotNull(cache.Find(Key("a", ledger: "other")));
        Assert.Equal(10 + 256, cache.Bytes);
    }

    [Fact]
    public void Find_OtherStoreVersion_Misses()
    {
        var cache = new AssessmentCache(maxEntries: 100, maxBytes: 1_000_000);
        cache.Keep(Key("a", version: 1), Body(10), "r1");
        Assert.Null(cache.Find(Key("a", version: 2)));
        Assert.Equal((0, 1), (cache.Hits, cache.Misses));
    }

    [Fact]
    public void Keep_ZeroBound_TurnsTheCacheOff()
    {
        var cache = new AssessmentCache(maxEntries: 0, maxBytes: 1_000_000);
        Assert.False(cache.On);
        cache.Keep(Key("a"), Body(10), "r1");
        Assert.Equal(0, cache.Count);
    }
}
