using Engine.Http.Access;
using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Engine.Http.Endpoints;

/// <summary>POST /v1/ledgers/{id}/figures (store a submission) and GET /v1/ledgers/{id}/figures (the history).</summary>
internal static class FigureEndpoints
{
    /// <summary>The routes inside the /v1/ledgers/{id} group, whose filters check the key and resolve the ledger.</summary>
    public static void Map(RouteGroupBuilder group, ApiServices api)
    {
        group.MapPost("/figures", async (LedgerCall call) =>
        {
            var (body, bodyError) = await RequestBody.ReadAsync(call.Request, api.Options.MaxBodyBytes).ConfigureAwait(false);
            if (bodyError is not null)
            {
                return bodyError;
            }

            var (id, caller, ledger) = (call.Id, call.Caller, call.Ledger);
            var (intake, _, figureError) = FigureBody.Take(body!, ledger, api.Options);
            if (figureError is not null)
            {
                return figureError;
            }

            if (FigureBody.NothingUsable(intake!, "nothing was stored") is { } unusable)
            {
                return unusable;
            }

            var forbidden = AccessRules.Forbidden(caller, ledger, intake!.Accepted.Select(f => f.TargetId));
            if (forbidden.Count > 0)
            {
                var problems = forbidden.Select(t => new Problem("request", 0, 0, "target", $"{caller.Unit} is neither lead nor responsible unit of task {ledger.Task(ledger.TryGetTarget(t, out var x) ? x.TaskNo : 0).No} (target {t})") { TargetId = t, Code = ProblemCodes.Forbidden });
                return api.Denials.Refuse(call.Context, caller, new Denial(StatusCodes.Status403Forbidden, $"{caller.Unit} may not report on {forbidden.Count} of these targets; nothing was stored"), problems);
            }

            var stored = intake.Accepted.Count == 0
                ? null
                : api.Store.Store(id, caller.ToString(), intake.Accepted, api.Clock.GetUtcNow());
            return JsonAnswer.Of(new Dictionary<string, object?>
            {
                ["ledger"] = id,
                ["revision"] = ledger.Revision,
                ["engine"] = EngineVersion.Current,
                ["submission"] = stored?.Submission,
                ["read"] = intake.Read,
                ["stored"] = stored?.Stored ?? 0,
                ["new_versions"] = stored?.NewVersions ?? 0,
                ["rejected"] = ApiProblems.Array(intake.Rejected),
                ["blank"] = intake.Blank,
            });
        }).Accepts<SubmitRequestDoc>("application/json").WithMetadata(new FigureBodyForms(), new SubmitKeyRequired())
          .Produces<SubmitAnswerDoc>(StatusCodes.Status200OK, "application/json")
          .Produces<ApiProblemDoc>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")
          .WithName("SubmitFigures").WithSummary("Store submitted figures; a resubmission for the same (entity, target, as_of) is a new version.");

        group.MapGet("/figures", (LedgerCall call, string? target, string? entity) =>
        {
            var id = call.Id;
            if (target is not null && !call.Ledger.TryGetTarget(target, out _))
            {
                return ApiProblems.NotFound($"ledger \"{id}\" has no target \"{target}\"");
            }

            var history = api.Store.History(id, target, entity);
            return JsonAnswer.Of(new Dictionary<string, object?>
            {
                ["ledger"] = id,
                ["revision"] = call.Ledger.Revision,
                ["engine"] = EngineVersion.Current,
                ["target"] = target,
                ["entity"] = entity,
                ["versions"] = history.Select(f => new Dictionary<string, object?>
                {
                    ["target"] = f.Target,
                    ["entity"] = f.Entity,
                    ["as_of"] = f.AsOf,
                    ["value"] = f.Value,
                    ["unit"] = f.Unit,
                    ["reported_by"] = f.ReportedBy,
                    ["note"] = f.Note,
                    ["version"] = f.Version,
                    ["submitted_by"] = f.SubmittedBy,
                    ["stored_at"] = f.StoredAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                    ["submission"] = f.Submission,
                }).ToList(),
            });
        }).Produces<FigureHistoryDoc>(StatusCodes.Status200OK, "application/json")
          .WithName("FigureHistory").WithSummary("Every stored version of the figures, optionally for one target and/or entity.");
    }
}
