using Engine.Http.Portal.Pages;

namespace Engine.Http.Portal.Bureau;

/// <summary>Where the bureau's pages are, each link keeping the chosen date, entity and language.</summary>
internal static class BureauLinks
{
    public static string Base(string ledgerId) => $"{PortalRoutes.Root}/ledgers/{Uri.EscapeDataString(ledgerId)}/bureau";

    public static BureauLinksView For(string ledgerId, BureauFilter filter, PortalText text)
    {
        var at = Base(ledgerId);
        var query = "?" + filter.View.Query;
        var lang = text.English ? "?lang=en" : "";
        return new BureauLinksView(at + query, at + "/report" + query, at + "/audit" + lang,
            at + "/download/xlsx" + query, at + "/download/csv" + query, at + "/download/html" + query);
    }

    /// <summary>A unit's page as the unit sees it.</summary>
    public static string Unit(string ledgerId, string unit, PortalText text) =>
        $"{Base(ledgerId)}/units/{Uri.EscapeDataString(unit)}{(text.English ? "?lang=en" : "")}";

    public static string Audit(string ledgerId, int page, PortalText text) =>
        $"{Base(ledgerId)}/audit?page={page}{(text.English ? "&lang=en" : "")}";
}
