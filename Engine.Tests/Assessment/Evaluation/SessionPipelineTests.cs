using Engine.Rules.Assessment;

namespace Engine.Tests.Assessment;

public class SessionPipelineTests
{
    [Fact]
    public void InOrder_EarlyItemsSlowest_YieldsInInputOrder()
    {
        var results = SessionPipeline.InOrder(Enumerable.Range(0, 12), i =>
        {
            Thread.Sleep((12 - i) * 3);
            return i;
        }, parallelism: 4).ToList();
        Assert.Equal(Enumerable.Range(0, 12), results);
    }

    [Fact]
    public void InOrder_ManyItems_NeverRunsMoreThanParallelismAtOnce()
    {
        var running = 0;
        var most = 0;
        var results = SessionPipeline.InOrder(Enumerable.Range(0, 40), i =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            Thread.Sleep(2);
            Interlocked.Decrement(ref running);
            return i;
        }, parallelism: 3).ToList();
        Assert.Equal(40, results.Count);
        Assert.InRange(most, 1, 3);
    }

    [Fact]
    public void InOrder_SessionFails_RethrowsItsOwnException()
    {
        var e = Assert.Throws<AssessmentException>(() => SessionPipeline.InOrder(Enumerable.Range(0, 5), i => i == 2 ? throw new AssessmentException("rule failed") : i, parallelism: 2).ToList());
        Assert.Equal("rule failed", e.Message);
    }

    [Fact]
    public void InOrder_ParallelismBelowOne_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SessionPipeline.InOrder([1], i => i, parallelism: 0).ToList());

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }
}
