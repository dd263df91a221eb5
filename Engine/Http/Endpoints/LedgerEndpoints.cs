using Engine.Http.Access;
using Engine.Output;
using Engine.Rules.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Engine.Http.Endpoints;

/// <summary>GET /v1/ledgers, /v1/ledgers/{id}, /v1/ledgers/{id}/targets.</summary>
internal static class LedgerEndpoints
{
    public static void Map(WebApplication app, ApiServices api)
    {
        app.MapGet("/v1/ledgers", (HttpRequest request) =>
        {
            if (AccessRules.CheckRead(request, api.Keys.Current) is { } refusal)
            {
                return refusal;
            }

            return Results.Json(api.Catalog.Entries.Select(e => Summary(e.Id, e.State)).ToList());
        }).WithName("ListLedgers").WithSummary("The ledgers served, with their revision and validation state.");

        app.MapGet("/v1/ledgers/{id}", (string id, HttpRequest request, HttpResponse response) =>
        {
            if (AccessRules.CheckRead(request, api.Keys.Current) is { } refusal)
            {
                return refusal;
            }

            if (!api.Catalog.TryGet(id, out var entry))
            {
                return ApiProblems.NotFound($"no ledger \"{id}\"");
            }

            var state = entry.State;
            LedgerResolution.Stamp(response, state);
            var detail = Summary(id, state);
            detail["folder"] = Path.GetFileName(entry.Folder);
            detail["loaded_at"] = state.LoadedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
            detail["period"] = state.Ledger is null ? null : new { start = IsoDate.Format(state.Ledger.Period.Start), end = IsoDate.Format(state.Ledger.Period.End) };
            detail["problems"] = state.Errors.Select(p => new { file = p.Source, line = p.Line, column = p.Column, field = p.Field, message = p.Message, target = p.RuleId }).ToList();
            return Results.Json(detail);
        }).WithName("GetLedger").WithSummary("One ledger: revision served, engine version, and the problems of the files on disk if they are invalid.");

        app.MapGet("/v1/ledgers/{id}/targets", (string id, HttpRequest request, HttpResponse response) =>
        {
            if (AccessRules.CheckRead(request, api.Keys.Current) is { } refusal)
            {
                return refusal;
            }

            var (state, error) = LedgerResolution.Serving(api, id, response);
            if (error is not null)
            {
                return error;
            }

            using var text = new StringWriter();
            TargetListWriter.WriteJson(state!.Ledger!, text);
            return Results.Text(text.ToString(), "application/json; charset=utf-8");
        }).WithName("ListTargets").WithSummary("Every target of the ledger with its defaults resolved.");
    }

    private static Dictionary<string, object?> Summary(string id, Catalog.LedgerState state) => new()
    {
        ["id"] = id,
        ["title"] = state.Ledger?.Title,
        ["revision"] = state.Ledger?.Revision,
        ["engine"] = EngineVersion.Current,
        ["valid"] = state.Valid,
        ["serving"] = state.Serving,
        ["tasks"] = state.Ledger?.Tasks.Count ?? 0,
        ["targets"] = state.Ledger?.Targets.Count ?? 0,
        ["problem_count"] = state.Errors.Count,
    };
}
