namespace Engine.Rules.Assessment;

/// <summary>
/// Runs rule sessions on several cores while handing their results over in input order: up to
/// <c>parallelism</c> sessions are in flight, so memory holds that many sessions' assessments at most.
/// Sessions share only read-only state (the compiled rule set, the ledger, the figure set).
/// </summary>
internal static class SessionPipeline
{
    public static IEnumerable<TResult> InOrder<TItem, TResult>(IEnumerable<TItem> items, Func<TItem, TResult> session, int parallelism)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        if (parallelism == 1)
        {
            foreach (var item in items)
            {
                yield return session(item);
            }

            yield break;
        }

        var pending = new Queue<Task<TResult>>();
        using var next = items.GetEnumerator();
        while (true)
        {
            while (pending.Count < parallelism && next.MoveNext())
            {
                var item = next.Current;
                pending.Enqueue(Task.Run(() => session(item)));
            }

            if (pending.Count == 0)
            {
                yield break;
            }

            // GetResult rethrows a session's own exception (an AssessmentException stays one), not an AggregateException.
            yield return pending.Dequeue().GetAwaiter().GetResult();
        }
    }
}
