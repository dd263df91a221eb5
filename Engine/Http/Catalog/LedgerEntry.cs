using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;

namespace Engine.Http.Catalog;

/// <summary>
/// One ledger folder being served. A reload reads, validates and compiles the folder off the request path,
/// then swaps the state in one reference write; a broken edit keeps the last good revision serving.
/// </summary>
internal sealed class LedgerEntry : IDisposable
{
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _reloading = new(1, 1);
    private LedgerState _state;

    public LedgerEntry(string id, string folder, TimeProvider clock)
    {
        Id = id;
        Folder = folder;
        _clock = clock;
        _state = new LedgerState.NeverValid([], clock.GetUtcNow());
    }

    public string Id { get; }

    public string Folder { get; }

    public LedgerState State => Volatile.Read(ref _state);

    /// <summary>Raised after each reload, whatever it found: what was made from the last state (kept answers) is stale.</summary>
    public event Action? Reloaded;

    /// <summary>Number of reloads that finished (for callers waiting on a change).</summary>
    public int Reloads { get; private set; }

    public async Task ReloadAsync()
    {
        await _reloading.WaitAsync().ConfigureAwait(false);
        try
        {
            var (ledger, problems) = await Task.Run(() => LedgerReader.TryRead(Folder)).ConfigureAwait(false);
            var current = State;
            LedgerState next;
            if (ledger is null)
            {
                next = current.Failed(problems, _clock.GetUtcNow());
            }
            else if (current.Served is { } served && served.Ledger.Revision == ledger.Revision)
            {
                // The files went back to what is served: no recompile, and the revision keeps its load time.
                next = new LedgerState.Serving(served, current.LoadedAt);
            }
            else
            {
                var evaluator = await Task.Run(() => new Evaluator(RuleSetCompiler.Compile(ledger))).ConfigureAwait(false);
                next = new LedgerState.Serving(new ServedRevision(ledger, evaluator), _clock.GetUtcNow());
            }

            Volatile.Write(ref _state, next);
            Reloads++;
            Reloaded?.Invoke();
        }
        finally
        {
            _reloading.Release();
        }
    }

    public void Dispose() => _reloading.Dispose();
}
