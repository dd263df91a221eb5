using System.Globalization;
using Engine.Http.Access;
using Engine.Http.Store;
using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Engine.Http.Endpoints;

/// <summary>
/// POST /v1/ledgers/{id}/figures (store a submission), GET /v1/ledgers/{id}/figures (the history, in pages) and
/// POST /v1/ledgers/{id}/figures/{figure_id}/withdraw.
/// </summary>
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
            EntityScope? scope = null;
            var (intake, _, figureError) = FigureBody.Take(body!, ledger, api.Options, sink => scope = new EntityScope(sink, caller, ledger));
            if (figureError is not null)
            {
                return figureError;
            }

            // Every row refused, and each for the entity: the key may not submit any of it, which is a 403 as for targets.
            if (intake!.Accepted.Count == 0 && scope!.Refused > 0 && scope.Refused == intake.Rejected.Count)
            {
                return api.Denials.Refuse(call.Context, caller, new Denial(StatusCodes.Status403Forbidden, $"{caller.Unit}'s key may not submit for the entities of any of these {intake.Read} figures; nothing was stored"), intake.Rejected);
            }

            if (FigureBody.NothingUsable(intake, "nothing was stored") is { } unusable)
            {
                return unusable;
            }

            if (intake.Accepted.Count == 0)
            {
                return ApiProblems.Unprocessable(intake.Read == 0 ? "the submission holds no figures; nothing was stored" : $"the {intake.Blank} rows hold neither a value nor a date; nothing was stored", []);
            }

            var forbidden = AccessRules.Forbidden(caller, ledger, intake.Accepted.Select(f => f.TargetId));
            if (forbidden.Count > 0)
            {
                var problems = forbidden.Select(t => AccessRules.ForbiddenProblem(caller, ledger, t, "target"));
                return api.Denials.Refuse(call.Context, caller, new Denial(StatusCodes.Status403Forbidden, $"{caller.Unit} may not report on {forbidden.Count} of these targets; nothing was stored"), problems);
            }

            var stored = api.Store.Store(id, caller.ToString(), caller.IsAdmin ? null : caller.Unit, intake.Accepted, api.Clock.GetUtcNow());
            return JsonAnswer.Of(new Dictionary<string, object?>
            {
                ["ledger"] = id,
                ["revision"] = ledger.Revision,
                ["engine"] = EngineVersion.Current,
                ["submission"] = stored.Submission,
                ["read"] = intake.Read,
                ["stored"] = stored.Stored,
                ["new_versions"] = stored.NewVersions,
                ["rejected"] = ApiProblems.Array(intake.Rejected),
                ["blank"] = intake.Blank,
            });
        }).Accepts<SubmitRequestDoc>("application/json").WithMetadata(new FigureBodyForms(), new SubmitKeyRequired())
          .Produces<SubmitAnswerDoc>(StatusCodes.Status200OK, "application/json")
          .Produces<ApiProblemDoc>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")
          .WithName("SubmitFigures")
          .WithSummary("Store submitted figures; a resubmission for the same (entity, target, as_of) is a new version. Refused rows are listed and not stored; the others are stored in one transaction.");

        group.MapGet("/figures", (LedgerCall call, string? target, string? entity, string? limit, string? cursor) =>
        {
            var id = call.Id;
            if (target is not null && !call.Ledger.TryGetTarget(target, out _))
            {
                return ApiProblems.NotFound($"ledger \"{id}\" has no target \"{target}\"");
            }

            var size = api.Options.PageSize;
            if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1 || size > api.Options.MaxPageSize))
            {
                return ApiProblems.BadRequest("limit", $"limit must be a whole number from 1 to {api.Options.MaxPageSize} (--max-page-size), not \"{limit}\"", ProblemCodes.OutOfRange);
            }

            HistoryPosition? after = null;
            if (cursor is not null && (after = FigureCursor.Decode(cursor)) is null)
            {
                return ApiProblems.BadRequest("cursor", "cursor is not one this server gave: pass the \"next\" of the previous page unchanged, or leave it out to start from the first page");
            }

            var (versions, more) = api.Store.History(id, target, entity, after, size);
            return JsonAnswer.Of(new Dictionary<string, object?>
            {
                ["ledger"] = id,
                ["revision"] = call.Ledger.Revision,
                ["engine"] = EngineVersion.Current,
                ["target"] = target,
                ["entity"] = entity,
                ["versions"] = versions.Select(Version).ToList(),
                ["limit"] = size,
                ["next"] = more ? FigureCursor.Encode(versions[^1]) : null,
            });
        }).Produces<FigureHistoryDoc>(StatusCodes.Status200OK, "application/json")
          .Produces<ApiProblemDoc>(StatusCodes.Status400BadRequest, "application/problem+json")
          .WithName("FigureHistory")
          .WithSummary("Every stored version of the figures (withdrawals too), optionally for one target and/or entity, a page at a time: pass the answer's \"next\" as cursor for the next page.");

        group.MapPost("/figures/{figure_id}/withdraw", async (LedgerCall call, string figure_id) =>
        {
            var (id, caller, ledger) = (call.Id, call.Caller, call.Ledger);
            if (!long.TryParse(figure_id, NumberStyles.None, CultureInfo.InvariantCulture, out var figure))
            {
                return ApiProblems.NotFound($"ledger \"{id}\" has no stored figure version \"{figure_id}\"; ids are the \"id\" of GET /v1/ledgers/{id}/figures");
            }

            var (reason, reasonError) = await WithdrawalReason.ReadAsync(call, api.Options).ConfigureAwait(false);
            if (reasonError is not null)
            {
                return reasonError;
            }

            var result = api.Store.Withdraw(id, figure, caller.ToString(), caller.IsAdmin ? null : caller.Unit, reason, api.Clock.GetUtcNow(), version => WithdrawRefusal(caller, ledger, version));
            return result.Outcome switch
            {
                WithdrawalOutcome.NotFound => ApiProblems.NotFound(result.Reason!),
                WithdrawalOutcome.Forbidden => api.Denials.Refuse(call.Context, caller, new Denial(StatusCodes.Status403Forbidden, result.Reason!)),
                WithdrawalOutcome.Conflict => ApiProblems.Conflict(result.Reason!),
                _ => JsonAnswer.Of(new Dictionary<string, object?>
                {
                    ["ledger"] = id,
                    ["revision"] = ledger.Revision,
                    ["engine"] = EngineVersion.Current,
                    ["withdrawn"] = Version(result.Version!),
                    ["withdrawal"] = Version(result.Marker!),
                    ["in_force"] = result.InForce is null ? null : Version(result.InForce),
                }),
            };
        }).Accepts<WithdrawRequestDoc>(isOptional: true, "application/json").WithMetadata(new SubmitKeyRequired()).WithName("WithdrawFigure")
            .WithSummary("Withdraw the stored figure version in force: a new version marked as withdrawing it is stored and audited (with the optional body's reason), and the version before it is in force again (or none). Admin keys, or a key of the unit that stored it.")
            .Produces<WithdrawAnswerDoc>(StatusCodes.Status200OK, "application/json")
            .Produces<ApiProblemDoc>(StatusCodes.Status404NotFound, "application/problem+json")
            .Produces<ApiProblemDoc>(StatusCodes.Status409Conflict, "application/problem+json");
    }

    /// <summary>
    /// Why this caller may not withdraw the version: an admin may withdraw any; a unit key only what a key of its
    /// unit stored (any spelling of the unit the ledger joins), and only for an entity it may submit for.
    /// </summary>
    internal static string? WithdrawRefusal(Caller caller, Ledger ledger, StoredFigure version)
    {
        if (caller.IsAdmin)
        {
            return null;
        }

        if (version.SubmitterUnit is null || !ledger.Units.Same(version.SubmitterUnit, caller.Unit!))
        {
            return $"figure version {version.Id} was stored by {version.SubmittedBy}, not by a key of {caller.Unit}; only that unit or an admin may withdraw it";
        }

        return AccessRules.EntityRefusal(caller, ledger, version.Entity) is { } entity ? $"{entity}; so it may not withdraw figure version {version.Id} either" : null;
    }

    private static Dictionary<string, object?> Version(StoredFigure f) => new()
    {
        ["id"] = f.Id,
        ["target"] = f.Target,
        ["entity"] = f.Entity,
        ["as_of"] = f.AsOf,

        // A withdrawal carries no value of its own: a reader taking the latest version must not take the withdrawn one.
        ["value"] = f.Withdraws is null ? f.Value : null,
        ["unit"] = f.Unit,
        ["reported_by"] = f.ReportedBy,
        ["note"] = f.Note,
        ["version"] = f.Version,
        ["submitted_by"] = f.SubmittedBy,
        ["stored_at"] = f.StoredAt.ToString("O", CultureInfo.InvariantCulture),
        ["submission"] = f.Submission,
        ["withdrawal"] = f.Withdraws is not null,
        ["withdraws"] = f.Withdraws,
        ["withdrawn_by"] = f.WithdrawnBy,
    };
}
