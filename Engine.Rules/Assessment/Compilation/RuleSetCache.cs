using Engine.Rules.Ledgers;

namespace Engine.Rules.Assessment;

/// <summary>
/// Compiled rule sets by ledger revision, the most recently used kept, the rest released. Bounded so a process that
/// sees many revisions (an analyst's session, a server reloading edits) never holds more than a few compiled networks;
/// a holder that must own its rule set (the server's served revision) compiles outside it.
/// </summary>
internal sealed class RuleSetCache(int capacity)
{
    /// <summary>The process-wide cache behind <see cref="Evaluator(Ledger)"/>: a few revisions, enough for a diff of two.</summary>
    public static RuleSetCache Shared { get; } = new(4);

    private readonly LinkedList<(string Key, Lazy<CompiledRuleSet> Rules)> _recent = new();
    private readonly Lock _gate = new();

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "A cache holds at least one rule set.");

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _recent.Count;
            }
        }
    }

    public CompiledRuleSet For(Ledger ledger)
    {
        var key = ledger.Id + "@" + ledger.Revision;
        Lazy<CompiledRuleSet> entry;
        lock (_gate)
        {
            var node = _recent.First;
            while (node is not null && !string.Equals(node.Value.Key, key, StringComparison.Ordinal))
            {
                node = node.Next;
            }

            if (node is null)
            {
                node = new LinkedListNode<(string, Lazy<CompiledRuleSet>)>((key, new Lazy<CompiledRuleSet>(() => RuleSetCompiler.Compile(ledger))));
                while (_recent.Count >= Capacity)
                {
                    _recent.RemoveLast();
                }
            }
            else
            {
                _recent.Remove(node);
            }

            _recent.AddFirst(node);
            entry = node.Value.Rules;
        }

        // Compiled outside the lock: two revisions compile at once, and a second caller of the same one waits on its Lazy.
        return entry.Value;
    }
}
