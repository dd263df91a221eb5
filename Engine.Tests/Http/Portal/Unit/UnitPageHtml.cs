using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Engine.Tests.Http.Portal.Unit;

/// <summary>Reads the unit page's HTML by the DOM contract's ids and data attributes (what the browser tests rely on too).</summary>
internal static partial class UnitPageHtml
{
    /// <summary>The HTML of <c>section#{id}</c>, or "" when the page has none.</summary>
    public static string Section(string html, string id)
    {
        var start = html.IndexOf($"<section id=\"{id}\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return "";
        }

        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..(end + "</section>".Length)];
    }

    /// <summary>The target ids of the cards (<c>article[data-target]</c>) in the HTML, in order.</summary>
    public static IReadOnlyList<string> Targets(string html) => [.. Card().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    /// <summary>The data-status of a target's card.</summary>
    public static string Status(string html, string target) =>
        Card().Matches(html).Single(m => WebUtility.HtmlDecode(m.Groups[1].Value) == target).Groups[2].Value;

    /// <summary>The n of a target's row in the report form (from its hidden <c>target-{n}</c>).</summary>
    public static int Row(string html, string target)
    {
        var match = Regex.Match(html, $"name=\"target-(\\d+)\" value=\"{Regex.Escape(target)}\"");
        Assert.True(match.Success, $"the form has no row for target {target}");
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>The text of <c>p#{id}</c>, or null when the page has none.</summary>
    public static string? Paragraph(string html, string id)
    {
        var match = Regex.Match(html, $"<p id=\"{Regex.Escape(id)}\"[^>]*>([^<]*)</p>");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    /// <summary>The value attribute of the input named <paramref name="name"/>.</summary>
    public static string? InputValue(string html, string name)
    {
        var tag = Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*>");
        if (!tag.Success)
        {
            return null;
        }

        var value = Regex.Match(tag.Value, "value=\"([^\"]*)\"");
        return value.Success ? WebUtility.HtmlDecode(value.Groups[1].Value) : "";
    }

    /// <summary>The stored version ids of the history's rows (<c>tr[data-figure-id]</c>).</summary>
    public static IReadOnlyList<long> HistoryIds(string html) =>
        [.. HistoryRow().Matches(Section(html, "history")).Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    [GeneratedRegex("<article[^>]*data-target=\"([^\"]*)\" data-status=\"([^\"]*)\"")]
    private static partial Regex Card();

    [GeneratedRegex("<tr data-figure-id=\"(\\d+)\"")]
    private static partial Regex HistoryRow();
}
