using Engine.Http.Portal.Pages;
using Engine.Http.Portal.Session;
using Engine.Http.Portal.Unit;
using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;

namespace Engine.Http.Portal.Bureau;

/// <summary>
/// The bureau's choice of date and entity (<c>?as_of=&amp;entity=</c>), read the same way by every bureau page: the
/// date defaults to today in China, the entity to the whole ledger; a choice that cannot be used is said beside its
/// field and the default is used instead, so the page still shows something.
/// </summary>
internal sealed record BureauFilter(DateOnly AsOf, string? Entity, BureauFilterView View)
{
    public static BureauFilter Read(PortalPage page, ApiServices api, string? asOf, string? entity)
    {
        var ledger = page.Served.Ledger;
        var words = new BureauText(page.Text);
        var today = UnitViews.Today(api.Clock);
        var date = today;
        string? asOfError = null;
        if (!string.IsNullOrWhiteSpace(asOf))
        {
            if (!IsoDate.TryParse(asOf.Trim(), out date))
            {
                date = today;
                asOfError = words.AsOfNotADate;
            }
            else if (date < ledger.Period.Start)
            {
                asOfError = words.AsOfBeforePeriod(TargetPhrases.Date(ledger.Period.Start, page.Text.English ? Language.En : Language.Zh));
                date = today;
            }
        }

        var entities = Entities(ledger, api.Store.Latest(page.Entry.Id, null).Select(r => r.Entity ?? ""));
        var chosen = string.IsNullOrWhiteSpace(entity) ? null : entity.Trim();
        string? entityError = null;
        if (chosen is not null && !entities.Contains(chosen, StringComparer.Ordinal))
        {
            entityError = words.EntityUnknown;
            chosen = null;
        }

        var choices = new List<BureauChoice> { new("", words.WholeLedger) };
        choices.AddRange(entities.Select(e => new BureauChoice(e, e)));
        var view = new BureauFilterView(IsoDate.Format(date), chosen ?? "", choices)
        {
            AsOfError = asOfError,
            EntityError = entityError,
            Query = Query(date, chosen, page.Text),
        };
        return new BureauFilter(date, chosen, view);
    }

    /// <summary>The query that asks for these choices again: as_of always, entity when one is chosen, lang in English.</summary>
    public static string Query(DateOnly asOf, string? entity, PortalText text) =>
        "as_of=" + IsoDate.Format(asOf)
        + (entity is null ? "" : "&entity=" + Uri.EscapeDataString(entity))
        + (text.English ? "&lang=en" : "");

    /// <summary>The ledger's declared entities, then those with stored figures, each once (the whole ledger is not one of them).</summary>
    private static List<string> Entities(Ledger ledger, IEnumerable<string> stored) =>
        [.. ledger.Entities.Concat(stored.Order(StringComparer.Ordinal)).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal)];
}
