using Engine.Http.Access;
using Engine.Http.Catalog;
using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;
using Microsoft.AspNetCore.Http;

namespace Engine.Http.Endpoints;

/// <summary>
/// A call to a /v1/ledgers/{id} route as the group's filters resolved it: the caller let in and the ledger's state,
/// read once so a reload during the request cannot change what the handler sees. Handlers take it as a parameter;
/// binding runs before the filters, so it only holds the request and reads what the filters stored.
/// </summary>
internal sealed class LedgerCall
{
    private static readonly object CallerKey = new();
    private static readonly object EntryKey = new();
    private static readonly object StateKey = new();
    private readonly HttpContext _context;

    private LedgerCall(HttpContext context) => _context = context;

    public static ValueTask<LedgerCall?> BindAsync(HttpContext context) => ValueTask.FromResult<LedgerCall?>(new LedgerCall(context));

    public Caller Caller => Get<Caller>(CallerKey);

    public LedgerEntry Entry => Get<LedgerEntry>(EntryKey);

    /// <summary>The ledger's id as the route names it.</summary>
    public string Id => Entry.Id;

    public LedgerState State => Get<LedgerState>(StateKey);

    /// <summary>The revision served; the group's filter lets only serving ledgers through unless the route allows any state.</summary>
    public ServedRevision Served => State.Served ?? throw new InvalidOperationException($"ledger \"{Id}\" serves no revision; the route was let through for any state");

    public Ledger Ledger => Served.Ledger;

    public Evaluator Evaluator => Served.Evaluator;

    public HttpContext Context => _context;

    public HttpRequest Request => _context.Request;

    public HttpResponse Response => _context.Response;

    internal static void LetIn(HttpContext context, Caller caller) => context.Items[CallerKey] = caller;

    internal static void Resolve(HttpContext context, LedgerEntry entry, LedgerState state)
    {
        context.Items[EntryKey] = entry;
        context.Items[StateKey] = state;
    }

    private T Get<T>(object key) where T : class =>
        _context.Items.TryGetValue(key, out var value) && value is T typed
            ? typed
            : throw new InvalidOperationException($"{typeof(T).Name} was not resolved: the route is not in the /v1/ledgers/{{id}} group");
}
