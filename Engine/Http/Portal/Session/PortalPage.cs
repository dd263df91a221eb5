using Engine.Http.Access;
using Engine.Http.Catalog;
using Engine.Http.Portal.Pages;
using Microsoft.AspNetCore.Http;

namespace Engine.Http.Portal.Session;

/// <summary>
/// A page request as <see cref="PortalGuard"/> let it through: who is signed in (as the key file says now), the
/// ledger the route names and the state it is served in, read once per request. Handlers take it as a parameter;
/// binding runs before the filter, so it holds the request and reads what the filter stored.
/// </summary>
internal sealed class PortalPage
{
    private static readonly object Key = new();
    private readonly HttpContext _context;

    private PortalPage(HttpContext context) => _context = context;

    public Caller Caller => Seen.Caller;

    public LedgerEntry Entry => Seen.Entry;

    public LedgerState State => Seen.State;

    public PortalText Text => Seen.Text;

    /// <summary>How the frame names who is signed in.</summary>
    public string SignedIn => Text.Who(Caller.IsAdmin, Caller.Unit);

    public ServedRevision Served => State.Served ?? throw new InvalidOperationException($"ledger \"{Entry.Id}\" serves no revision");

    public HttpContext Http => _context;

    private Resolved Seen => _context.Items[Key] as Resolved ?? throw new InvalidOperationException("a page was reached without passing PortalGuard");

    public static ValueTask<PortalPage?> BindAsync(HttpContext context) => ValueTask.FromResult<PortalPage?>(new PortalPage(context));

    internal static void Set(HttpContext context, Caller caller, LedgerEntry entry, LedgerState state, PortalText text) =>
        context.Items[Key] = new Resolved(caller, entry, state, text);

    private sealed record Resolved(Caller Caller, LedgerEntry Entry, LedgerState State, PortalText Text);
}
