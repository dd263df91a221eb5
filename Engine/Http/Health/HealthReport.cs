using System.Globalization;
using Engine.Http.Access;
using Engine.Http.Store;
using Engine.Rules.Assessment;
using Microsoft.AspNetCore.Http;

namespace Engine.Http.Health;

/// <summary>
/// How the service stands: each ledger's served revision and last load errors, the figure store, the key file.
/// <see cref="Status"/> is "unavailable" when no ledger serves a revision (nothing can be assessed), "degraded"
/// when something serves but anything failed, "rule_revisions_differ" when another live replica of a shared store
/// serves a different revision of a ledger (still 200: which side is wrong is the operator's call), "ok" otherwise.
/// </summary>
internal sealed class HealthReport
{
    public const string Ok = "ok";
    public const string Degraded = "degraded";
    public const string Unavailable = "unavailable";
    public const string RuleRevisionsDiffer = "rule_revisions_differ";

    private readonly ApiServices _api;
    private readonly (long? Submissions, string? Error) _store;
    private readonly KeyFileHealth _keys;
    private readonly Dictionary<string, string> _served;
    private readonly List<ReplicaRevision> _differing = [];

    private HealthReport(ApiServices api)
    {
        _api = api;
        _store = api.Store.Check();
        _keys = api.Keys.Health;
        _served = ReplicaRevisions.Served(api);
        string? replicaError = null;
        try
        {
            _differing = ReplicaRevisions.Differing(api, _served);
        }
        catch (StoreUnavailableException e)
        {
            replicaError = $"the replicas' rule revisions cannot be compared: {e.Message}";
        }

        var entries = api.Catalog.Entries;
        Failures = [
            .. entries.Where(e => !e.State.Valid).Select(e => LedgerFailure(e.Id, e.State)),
            .. _store.Error is { } storeError ? [storeError] : Array.Empty<string>(),
            .. _keys.Error is { } keyError ? [$"{keyError} ({_keys.State})"] : Array.Empty<string>(),
            .. replicaError is not null && _store.Error is null ? [replicaError] : Array.Empty<string>(),
        ];
        Status = !entries.Any(e => e.State.Served is not null) ? Unavailable : Failures.Count > 0 ? Degraded
            : _differing.Count > 0 ? RuleRevisionsDiffer : Ok;
    }

    public string Status { get; }

    public IReadOnlyList<string> Failures { get; }

    /// <summary>503 when nothing is served, so a load balancer takes the instance out; 200 otherwise.</summary>
    public int HttpStatus => Status == Unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;

    public static HealthReport Take(ApiServices api) => new(api);

    /// <summary>The status alone: all an anonymous caller or a unit key learns.</summary>
    public Dictionary<string, object?> Brief() => new() { ["status"] = Status };

    /// <summary>Everything, for an admin key: paths and errors name the server's files, so nobody else sees them.</summary>
    public Dictionary<string, object?> Full() => new()
    {
        ["status"] = Status,
        ["engine"] = EngineVersion.Current,
        ["ledgers"] = _api.Catalog.Entries.Select(e =>
        {
            var state = e.State;
            return new Dictionary<string, object?>
            {
                ["id"] = e.Id,
                ["serving"] = state.Served is not null,
                ["revision"] = state.Served?.Ledger.Revision,
                ["valid"] = state.Valid,
                ["loaded_at"] = state.LoadedAt.ToString("O", CultureInfo.InvariantCulture),
                ["load_errors"] = ApiProblems.Array(state.FileProblems),
            };
        }).ToList(),
        ["store"] = new Dictionary<string, object?>
        {
            ["path"] = _api.Store.Location,
            ["reachable"] = _store.Error is null,
            ["submissions"] = _store.Submissions,
            ["error"] = _store.Error,
        },
        ["replica"] = _api.Options.Replica,
        ["other_replicas_differing"] = _differing.Select(d => new Dictionary<string, object?>
        {
            ["replica"] = d.Replica,
            ["ledger"] = d.Ledger,
            ["revision"] = d.Revision,
            ["this_replica_serves"] = _served.GetValueOrDefault(d.Ledger),
            ["seen_at"] = d.SeenAt.ToString("O", CultureInfo.InvariantCulture),
        }).ToList(),
        ["keys"] = new Dictionary<string, object?>
        {
            ["path"] = Path.GetFullPath(_keys.Path),
            ["state"] = _keys.State,
            ["keys"] = _keys.Keys,
            ["public_reads"] = _keys.PublicReads,
            ["error"] = _keys.Error,
        },
        ["failures"] = Failures,
    };

    private static string LedgerFailure(string id, Catalog.LedgerState state)
    {
        var first = state.FileProblems.Count > 0 ? state.FileProblems[0] : null;
        var where = first is null ? "" : $"; first: {first.Source}:{first.Line}: {first.Message}";
        var serving = state.Served is { } served ? $"still serving revision {served.Ledger.Revision}" : "nothing served";
        return $"ledger {id}: its files do not load ({state.FileProblems.Count} problems; {serving}){where}";
    }
}
