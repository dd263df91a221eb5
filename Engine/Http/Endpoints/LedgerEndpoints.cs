using System.Globalization;
using Engine.Http.Access;
using Engine.Http.Catalog;
using Engine.Output;
using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Engine.Http.Endpoints;

/// <summary>GET /v1/ledgers, /v1/ledgers/{id}, /v1/ledgers/{id}/targets.</summary>
internal static class LedgerEndpoints
{
    public static void MapList(WebApplication app, ApiServices api) =>
        app.MapGet("/v1/ledgers", (HttpContext http) =>
        {
            if (AccessRules.CheckReader(http.Request, api.Keys.Current).Denial is { } denial)
            {
                return api.Denials.Refuse(http, null, denial);
            }

            return JsonAnswer.Of(api.Catalog.Entries.Select(e => Summary(e.Id, e.State)).ToList());
        }).WithMetadata(new ReadKeyRequired())
          .Produces<IReadOnlyList<LedgerSummaryDoc>>(StatusCodes.Status200OK, "application/json")
          .WithName("ListLedgers").WithSummary("The ledgers served, with their revision and validation state.");

    /// <summary>The routes of one ledger, inside the /v1/ledgers/{id} group.</summary>
    public static void Map(RouteGroupBuilder ledger)
    {
        ledger.MapGet("", (LedgerCall call) =>
        {
            var state = call.State;
            var detail = Summary(call.Id, state);
            detail["folder"] = Path.GetFileName(call.Entry.Folder);
            detail["loaded_at"] = state.LoadedAt.ToString("O", CultureInfo.InvariantCulture);
            detail["period"] = state.Served is { Ledger: var served } ? new { start = IsoDate.Format(served.Period.Start), end = IsoDate.Format(served.Period.End) } : null;
            detail["problems"] = ApiProblems.Array(state.FileProblems);
            return JsonAnswer.Of(detail);
        }).WithMetadata(new AnyLedgerState())
          .Produces<LedgerDetailDoc>(StatusCodes.Status200OK, "application/json")
          .WithName("GetLedger").WithSummary("One ledger: revision served, engine version, and the problems of the files on disk if they are invalid.");

        ledger.MapGet("/targets", (LedgerCall call) =>
        {
            using var text = new StringWriter();
            TargetListWriter.WriteJson(call.Ledger, text);
            return Results.Text(text.ToString(), "application/json; charset=utf-8");
        }).Produces<IReadOnlyList<TargetDoc>>(StatusCodes.Status200OK, "application/json")
          .WithName("ListTargets").WithSummary("Every target of the ledger with its defaults resolved.");
    }

    private static Dictionary<string, object?> Summary(string id, LedgerState state)
    {
        var served = state.Served?.Ledger;
        return new()
        {
            ["id"] = id,
            ["title"] = served?.Title,
            ["revision"] = served?.Revision,
            ["engine"] = EngineVersion.Current,
            ["valid"] = state.Valid,
            ["serving"] = served is not null,
            ["tasks"] = served?.Tasks.Count ?? 0,
            ["targets"] = served?.Targets.Count ?? 0,
            ["problem_count"] = state.FileProblems.Count,
        };
    }
}
