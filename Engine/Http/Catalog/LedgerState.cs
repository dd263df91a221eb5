using Engine.Rules.Evaluation;
using Engine.Rules.Model;
using Engine.Rules.Problems;

namespace Engine.Http.Catalog;

/// <summary>
/// What a ledger serves right now: the last good revision (ledger + compiled evaluator), and the problems
/// of the newest revision on disk when that one failed. Replaced whole, never mutated.
/// </summary>
public sealed record LedgerState(Ledger? Ledger, Evaluator? Evaluator, IReadOnlyList<Problem> Errors, DateTimeOffset LoadedAt)
{
    public bool Serving => Evaluator is not null;

    /// <summary>True when the files on disk are valid and are what is served.</summary>
    public bool Valid => Errors.Count == 0;
}
