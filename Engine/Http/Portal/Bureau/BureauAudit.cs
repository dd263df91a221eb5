using System.Globalization;
using Engine.Http.Portal.Pages;
using Engine.Http.Portal.Unit;
using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Engine.Http.Portal.Bureau;

/// <summary>
/// The audit trail of one ledger's submissions and withdrawals, newest first, a page at a time, in words a reader
/// of the page understands: Beijing time, the unit (not its key), what was stored or withdrawn.
/// </summary>
internal static class BureauAudit
{
    public const int PageSize = 200;

    /// <summary>A submission's figures as stored: target, entity, as-of date, value.</summary>
    internal sealed record SubmittedFigure(string Target, string Entity, string AsOf, string Value);

    /// <param name="submitted">The figures of each submission by its id, read only when the page shows a submission.</param>
    public static BureauAuditView Page(string ledgerId, IReadOnlyList<(DateTimeOffset At, string Who, string Action, string Detail)> rows, Func<ILookup<long, SubmittedFigure>> submitted, string? page, PortalText text)
    {
        var words = new BureauText(text);
        var pages = Math.Max(1, (rows.Count + PageSize - 1) / PageSize);
        var number = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var asked) ? Math.Clamp(asked, 1, pages) : 1;
        var slice = rows.Reverse().Skip((number - 1) * PageSize).Take(PageSize).ToList();
        var figures = slice.Any(r => r.Action == "submit") ? submitted() : null;
        var shown = slice.Select(r => Row(r, figures, words)).ToList();
        return new BureauAuditView(shown, number, pages, rows.Count,
            number > 1 ? BureauLinks.Audit(ledgerId, number - 1, text) : null,
            number < pages ? BureauLinks.Audit(ledgerId, number + 1, text) : null);
    }

    /// <summary>Who acted, as the store wrote it ("key-id (unit)" or "key-id (admin)"): the unit, or the bureau; never the key's id.</summary>
    public static string Who(string who, BureauText words)
    {
        var open = who.IndexOf(" (", StringComparison.Ordinal);
        if (open < 0 || !who.EndsWith(')'))
        {
            return words.Anonymous;
        }

        var inside = who[(open + 2)..^1];
        return inside == "admin" ? words.Portal.Bureau : inside;
    }

    private static BureauAuditRowView Row((DateTimeOffset At, string Who, string Action, string Detail) row, ILookup<long, SubmittedFigure>? figures, BureauText words) =>
        new(UnitViews.When(row.At, words.Portal.English ? Language.En : Language.Zh), Who(row.Who, words), row.Action switch
        {
            "submit" => words.Submitted,
            "withdraw" => words.Withdrawn,
            _ => row.Action,
        }, Detail(row.Action, row.Detail, figures, words));

    /// <summary>The detail the store kept (JSON) in words; text that is not the expected JSON is shown as it is.</summary>
    private static string Detail(string action, string detail, ILookup<long, SubmittedFigure>? figures, BureauText words)
    {
        JObject json;
        try
        {
            // Dates stay text: the store wrote them as YYYY-MM-DD, and a DateTime would come back in another form.
            using var reader = new JsonTextReader(new StringReader(detail)) { DateParseHandling = DateParseHandling.None };
            json = JObject.Load(reader);
        }
        catch (JsonReaderException)
        {
            return detail;
        }

        var lang = words.Portal.English ? Language.En : Language.Zh;
        if (action == "withdraw")
        {
            var parts = new List<string> { words.WithdrewFigure(Target(json), Date((string?)json["as_of"], lang), Value(json["value"])) };
            if ((string?)json["reason"] is { Length: > 0 } reason)
            {
                parts.Add(words.Reason(reason));
            }

            parts.Add(json["in_force"] is JObject inForce ? words.InForceAgain(Value(inForce["value"])) : words.NoneInForce);
            return string.Join(words.Separator, parts);
        }

        var stored = (int?)json["stored"] ?? 0;
        var changed = json["changed"] is JArray list ? list.OfType<JObject>().ToList() : [];
        var submission = (long?)json["submission"];
        if (figures is not null && submission is { } id && figures[id].ToList() is { Count: > 0 } rows)
        {
            // Each figure with its value, and the value it replaced when it was a correction.
            const int shown = 10;
            var parts = rows.Take(shown).Select(f =>
            {
                var was = changed.FirstOrDefault(c => (string?)c["target"] == f.Target && ((string?)c["entity"] ?? "") == f.Entity && (string?)c["as_of"] == f.AsOf);
                return words.Figure(Target(f.Target, f.Entity), Date(f.AsOf, lang), f.Value, was is null ? null : (string?)was["from"]);
            }).ToList();
            if (rows.Count > shown)
            {
                parts.Add(words.AndMore(rows.Count - shown));
            }

            return words.StoredFiguresColon(stored) + string.Join(words.ListSeparator, parts);
        }

        var all = new List<string> { words.StoredFigures(stored) };
        all.AddRange(changed.Select(c => words.Changed(Target(c), Date((string?)c["as_of"], lang), (string?)c["from"], Value(c["to"]))));
        return string.Join(words.Separator, all);
    }

    private static string Target(JObject json) => Target((string?)json["target"] ?? "", (string?)json["entity"]);

    private static string Target(string target, string? entity) => target + (string.IsNullOrEmpty(entity) ? "" : $"（{entity}）");

    private static string Value(JToken? token) => token is null || token.Type == JTokenType.Null ? "" : token.ToString(Formatting.None).Trim('"');

    private static string Date(string? iso, Language lang) =>
        iso is not null && IsoDate.TryParse(iso, out var date) ? TargetPhrases.Date(date, lang) : iso ?? "";
}
