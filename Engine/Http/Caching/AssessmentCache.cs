namespace Engine.Http.Caching;

/// <summary>
/// Answers of GET …/assessment already made, by <see cref="AssessmentKey"/>, so an unchanged ledger and store are
/// answered without reading the figures or running the rules again. Bounded by count and by bytes (the least
/// recently used go first); holds only each ledger's served revision, and a ledger's answers go when it reloads.
/// A write to the store needs no eviction: it changes the store version, so no later key matches an old answer.
/// </summary>
internal sealed class AssessmentCache
{
    // Per answer, besides its bytes: the key, the list node and the index entry.
    private const int EntryOverhead = 256;

    private readonly Dictionary<AssessmentKey, LinkedListNode<(AssessmentKey Key, byte[] Body)>> _index = [];
    private readonly LinkedList<(AssessmentKey Key, byte[] Body)> _recent = new();
    private readonly Lock _gate = new();
    private long _bytes;
    private long _hits;
    private long _misses;

    public AssessmentCache(int maxEntries, long maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxEntries);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        MaxEntries = maxEntries;
        MaxBytes = maxBytes;
    }

    public int MaxEntries { get; }

    public long MaxBytes { get; }

    /// <summary>Off when either bound is 0 (the serve flags' way to turn it off).</summary>
    public bool On => MaxEntries > 0 && MaxBytes > 0;

    /// <summary>The largest answer worth keeping: a bigger one would push out everything else.</summary>
    public long LargestAnswer => Math.Max(0, MaxBytes - EntryOverhead);

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _index.Count;
            }
        }
    }

    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Requests answered from the cache (for tests and the bench; not timed).</summary>
    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    public byte[]? Find(AssessmentKey key)
    {
        lock (_gate)
        {
            if (!_index.TryGetValue(key, out var node))
            {
                _misses++;
                return null;
            }

            _recent.Remove(node);
            _recent.AddFirst(node);
            _hits++;
            return node.Value.Body;
        }
    }

    /// <summary>
    /// Keeps an answer made under <paramref name="key"/>, unless its revision is no longer the one served (a reload
    /// came in while it was made). Answers of the ledger's other revisions go: only the served one is kept.
    /// </summary>
    public void Keep(AssessmentKey key, byte[] body, string? servedRevision)
    {
        if (!On || body.LongLength > LargestAnswer || !string.Equals(key.Revision, servedRevision, StringComparison.Ordinal))
        {
            return;
        }

        lock (_gate)
        {
            RemoveWhere(k => k.Ledger == key.Ledger && !string.Equals(k.Revision, key.Revision, StringComparison.Ordinal));
            if (_index.Remove(key, out var existing))
            {
                Drop(existing);
            }

            var node = _recent.AddFirst((key, body));
            _index[key] = node;
            _bytes += body.LongLength + EntryOverhead;
            while (_index.Count > MaxEntries || _bytes > MaxBytes)
            {
                var last = _recent.Last!;
                _index.Remove(last.Value.Key);
                Drop(last);
            }
        }
    }

    /// <summary>Forgets every answer of the ledger (it reloaded).</summary>
    public void Clear(string ledger)
    {
        lock (_gate)
        {
            RemoveWhere(k => k.Ledger == ledger);
        }
    }

    private void RemoveWhere(Func<AssessmentKey, bool> gone)
    {
        for (var node = _recent.First; node is not null;)
        {
            var next = node.Next;
            if (gone(node.Value.Key))
            {
                _index.Remove(node.Value.Key);
                Drop(node);
            }

            node = next;
        }
    }

    private void Drop(LinkedListNode<(AssessmentKey Key, byte[] Body)> node)
    {
        _recent.Remove(node);
        _bytes -= node.Value.Body.LongLength + EntryOverhead;
    }
}
