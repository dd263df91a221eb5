using System.Globalization;
using System.Text.RegularExpressions;
using Engine.Http.Access;
using Engine.Http.Endpoints;
using Engine.Http.Portal.Pages;
using Engine.Rules.Ledgers;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace Engine.Http.Portal.Unit;

/// <summary>
/// A report form posted from the unit's page, taken in exactly as <c>POST /v1/ledgers/{id}/figures</c> takes a
/// body: the filled rows become the same JSON figures, pass the same intake with the same entity scope and field
/// limits, the same check of the unit's tasks, and the accepted ones are stored in one transaction the same way.
/// What the intake refused is mapped back to its field, in the page's language.
/// </summary>
internal static partial class UnitSubmission
{
    /// <summary>One filled row of the form: where it was (n), what was typed.</summary>
    private sealed record Row(int N, string Target, string Value, string AsOf, string Entity);

    /// <summary>What the submission did: each row's reason when refused (by n), the rows stored, the HTTP status to answer with.</summary>
    internal sealed record Outcome(IReadOnlyList<(string Target, string Value, string AsOf, string Entity, UnitFieldView Field, bool Stored, string? Reason)> Rows, int Status, string? Message)
    {
        public int StoredCount => Rows.Count(r => r.Stored);

        public int RefusedCount => Rows.Count(r => !r.Stored);
    }

    public static Outcome Take(ApiServices api, HttpContext http, string ledgerId, Ledger ledger, Caller caller, IFormCollection form, string pageEntity, PortalText text)
    {
        var lang = text.English ? Language.En : Language.Zh;
        var words = new UnitText(text);
        var rows = Rows(form, pageEntity, api.Options.MaxFigures);
        if (rows.Count == 0)
        {
            return new Outcome([], StatusCodes.Status200OK, words.NothingTyped);
        }

        var figures = new JArray(rows.Select(r =>
        {
            var figure = new JObject { ["target"] = r.Target, ["as_of"] = r.AsOf, ["value"] = r.Value };
            if (r.Entity.Length > 0)
            {
                figure["entity"] = r.Entity;
            }

            return figure;
        }));
        EntityScope? scope = null;
        var (intake, _, error) = FigureBody.Take(figures, ledger, api.Options, sink => scope = new EntityScope(sink, caller, ledger));
        if (error is not null)
        {
            return Refused(rows, words.TooManyRows, StatusCodes.Status413PayloadTooLarge, new Dictionary<int, Problem>(), lang);
        }

        // Each refused row by its place in the array, which is its place among the filled rows.
        var refused = new Dictionary<int, Problem>();
        foreach (var problem in intake!.Rejected)
        {
            var at = Index().Match(problem.Field);
            if (at.Success && int.TryParse(at.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < rows.Count)
            {
                refused.TryAdd(i, problem);
            }
        }

        // Every row refused, each for its entity: the key may submit none of it, a denial as the API logs one.
        if (intake.Accepted.Count == 0 && scope!.Refused > 0 && scope.Refused == intake.Rejected.Count)
        {
            api.Denials.Record(http, caller, new Denial(StatusCodes.Status403Forbidden, $"{caller.Unit}'s key may not submit for the entities of any of these {intake.Read} figures on the page; nothing was stored"));
        }

        // The accepted figures are the rows not refused, in order (no filled row is blank).
        var acceptedRows = Enumerable.Range(0, rows.Count).Where(i => !refused.ContainsKey(i)).ToList();
        var forbidden = AccessRules.Forbidden(caller, ledger, intake.Accepted.Select(f => f.TargetId));
        if (forbidden.Count > 0)
        {
            // As the API: a row for a target not the unit's refuses the whole submission, and the denial is logged.
            api.Denials.Record(http, caller, new Denial(StatusCodes.Status403Forbidden, $"{caller.Unit} may not report on {forbidden.Count} of these targets (from the page); nothing was stored"));
            foreach (var i in acceptedRows.Where(i => forbidden.Contains(rows[i].Target, StringComparer.Ordinal)))
            {
                refused[i] = AccessRules.ForbiddenProblem(caller, ledger, rows[i].Target, $"[{i}].target");
            }

            return Refused(rows, words.ForbiddenSubmission, StatusCodes.Status403Forbidden, refused, lang);
        }

        if (intake.Accepted.Count > 0)
        {
            api.Store.Store(ledgerId, caller.ToString(), caller.IsAdmin ? null : caller.Unit, intake.Accepted, api.Clock.GetUtcNow());
        }

        var result = rows.Select((r, i) => refused.TryGetValue(i, out var p)
            ? (r.Target, r.Value, r.AsOf, r.Entity, FieldWith(r, p, lang), false, (string?)p.MessageIn(lang))
            : (r.Target, r.Value, r.AsOf, r.Entity, new UnitFieldView("", r.AsOf, r.Entity), true, (string?)null)).ToList();
        return new Outcome(result, intake.Accepted.Count == 0 ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK, null);
    }

    private static Outcome Refused(List<Row> rows, string message, int status, Dictionary<int, Problem> refused, Language lang) =>
        new([.. rows.Select((r, i) => refused.TryGetValue(i, out var p)
            ? (r.Target, r.Value, r.AsOf, r.Entity, FieldWith(r, p, lang), false, (string?)p.MessageIn(lang))
            : (r.Target, r.Value, r.AsOf, r.Entity, new UnitFieldView(r.Value, r.AsOf, r.Entity), false, (string?)message))], status, message);

    /// <summary>The row as typed, with the problem beside the field it is about (the value's when it names no field of the form).</summary>
    private static UnitFieldView FieldWith(Row r, Problem problem, Language lang)
    {
        var message = problem.MessageIn(lang);
        var field = problem.Field[(problem.Field.LastIndexOf('.') + 1)..];
        return field switch
        {
            "as_of" => new UnitFieldView(r.Value, r.AsOf, r.Entity, AsOfError: message),
            "entity" => new UnitFieldView(r.Value, r.AsOf, r.Entity, EntityError: message),
            _ => new UnitFieldView(r.Value, r.AsOf, r.Entity, ValueError: message),
        };
    }

    /// <summary>
    /// The filled rows in the order of n (every <c>target-{n}</c> the form holds; at most one more than the API takes,
    /// so an over-long form is refused by the same limit). A row without a value is not a row: an unfilled line of the form.
    /// </summary>
    private static List<Row> Rows(IFormCollection form, string pageEntity, int limit)
    {
        var numbers = form.Keys.Select(k => RowKey().Match(k)).Where(m => m.Success)
            .Select(m => int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)
            .Where(n => n >= 0).Order().Take(limit + 1);
        var rows = new List<Row>();
        foreach (var n in numbers)
        {
            var value = form[Name("value", n)].ToString();
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var entity = form.TryGetValue(Name("entity", n), out var e) ? e.ToString() : pageEntity;
            rows.Add(new Row(n, form[Name("target", n)].ToString(), value, form[Name("as_of", n)].ToString(), entity));
        }

        return rows;
    }

    private static string Name(string field, int n) => string.Create(CultureInfo.InvariantCulture, $"{field}-{n}");

    [GeneratedRegex(@"^target-(\d{1,9})$")]
    private static partial Regex RowKey();

    [GeneratedRegex(@"^\[(\d+)\]")]
    private static partial Regex Index();
}
