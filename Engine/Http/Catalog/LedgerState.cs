using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;

namespace Engine.Http.Catalog;

/// <summary>
/// What a ledger serves right now, one of three cases: <see cref="Serving"/> a revision that matches the files on
/// disk, <see cref="ServingDespiteBrokenFiles"/> the last good revision while an edit on disk fails, or
/// <see cref="NeverValid"/>. Replaced whole, never mutated. The cases are closed (nested, with a constructor no
/// other type reaches): a switch over them throws on anything else rather than guess.
/// </summary>
internal abstract record LedgerState
{
    private protected LedgerState(DateTimeOffset loadedAt) => LoadedAt = loadedAt;

    /// <summary>When this state was taken on (the last reload that changed what is known).</summary>
    public DateTimeOffset LoadedAt { get; init; }

    /// <summary>The files on disk are valid and are what is served.</summary>
    internal sealed record Serving(ServedRevision Revision, DateTimeOffset LoadedAt) : LedgerState(LoadedAt);

    /// <summary>An edit broke the files on disk; the last good revision keeps serving.</summary>
    internal sealed record ServingDespiteBrokenFiles(ServedRevision Revision, IReadOnlyList<Problem> Problems, DateTimeOffset LoadedAt) : LedgerState(LoadedAt);

    /// <summary>The files have never been valid (or not loaded yet): nothing to serve.</summary>
    internal sealed record NeverValid(IReadOnlyList<Problem> Problems, DateTimeOffset LoadedAt) : LedgerState(LoadedAt);

    /// <summary>The revision served, or null when there is none.</summary>
    public ServedRevision? Served => this switch
    {
        Serving s => s.Revision,
        ServingDespiteBrokenFiles b => b.Revision,
        NeverValid => null,
        _ => throw Unknown(this),
    };

    /// <summary>The problems of the files on disk; empty when they are what is served.</summary>
    public IReadOnlyList<Problem> FileProblems => this switch
    {
        Serving => [],
        ServingDespiteBrokenFiles b => b.Problems,
        NeverValid n => n.Problems,
        _ => throw Unknown(this),
    };

    /// <summary>True when the files on disk are valid and are what is served.</summary>
    public bool Valid => this switch
    {
        Serving => true,
        ServingDespiteBrokenFiles or NeverValid => false,
        _ => throw Unknown(this),
    };

    /// <summary>The state after a reload found the files invalid: a served revision stays served.</summary>
    public LedgerState Failed(IReadOnlyList<Problem> problems, DateTimeOffset at) => this switch
    {
        Serving s => new ServingDespiteBrokenFiles(s.Revision, problems, at),
        ServingDespiteBrokenFiles b => b with { Problems = problems, LoadedAt = at },
        NeverValid => new NeverValid(problems, at),
        _ => throw Unknown(this),
    };

    private static InvalidOperationException Unknown(LedgerState state) => new($"unknown ledger state {state.GetType().Name}");
}

/// <summary>A revision being served: the ledger and its compiled evaluator, always together.</summary>
internal sealed record ServedRevision(Ledger Ledger, Evaluator Evaluator);
