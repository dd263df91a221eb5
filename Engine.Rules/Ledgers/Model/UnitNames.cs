namespace Engine.Rules.Ledgers;

/// <summary>
/// The ledger's table of unit names (<c>units</c> in ledger.json): each canonical name with the other spellings
/// the ledger uses for the same unit (市市场监督管理局 ← 市市场监管局). Whatever groups or matches by unit
/// (league tables, summaries, who may report) compares canonical names; the ledger's own columns keep the text as written.
/// </summary>
public sealed class UnitNames
{
    private readonly Dictionary<string, string> _canonicalByAlias;

    /// <summary>A ledger without a units table: every name stands for itself.</summary>
    public static UnitNames None { get; } = new([]);

    /// <summary>Builds the table from entries already validated (<see cref="LedgerReader"/> checks a file's): canonical name → its aliases, in file order.</summary>
    /// <exception cref="ArgumentException">An alias appears twice or is itself a canonical name.</exception>
    public UnitNames(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> aliasesByCanonical)
    {
        Table = [.. aliasesByCanonical];
        _canonicalByAlias = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (canonical, aliases) in Table)
        {
            foreach (var alias in aliases)
            {
                if (!_canonicalByAlias.TryAdd(alias, canonical) || Table.Any(e => e.Key == alias))
                {
                    throw new ArgumentException($"the unit alias \"{alias}\" is listed twice or is also a canonical name", nameof(aliasesByCanonical));
                }
            }
        }
    }

    /// <summary>Canonical name → aliases, in the order of the file; empty when the ledger has no table.</summary>
    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Table { get; }

    /// <summary>The canonical name of a unit: the name the table lists it under, or the name itself when it is no alias.</summary>
    public string Canonical(string unit) => _canonicalByAlias.GetValueOrDefault(unit, unit);

    /// <summary>The canonical names of a task's units, each once: a task naming a unit under two spellings counts once for it.</summary>
    internal IReadOnlyList<string> CanonicalDistinct(IEnumerable<string> units) => [.. units.Select(Canonical).Distinct(StringComparer.Ordinal)];

    /// <summary>Whether two names stand for the same unit.</summary>
    public bool Same(string a, string b) => string.Equals(Canonical(a), Canonical(b), StringComparison.Ordinal);
}
