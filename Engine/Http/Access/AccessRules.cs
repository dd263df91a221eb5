using Engine.Rules.Ledgers;
using Microsoft.AspNetCore.Http;

namespace Engine.Http.Access;

/// <summary>Who may read and who may submit what.</summary>
internal static class AccessRules
{
    /// <summary>The caller of a request, or null when a key was presented and is not valid.</summary>
    public static Caller? Identify(HttpRequest request, ApiKeyFile keys)
    {
        var presented = Presented(request);
        return presented is null ? Caller.Anonymous : keys.Verify(presented);
    }

    /// <summary>
    /// Reads need a valid key unless the configuration makes them public (or there is no configuration); a key
    /// that is presented must be valid even then. Returns the caller let in (possibly anonymous) or why not.
    /// </summary>
    public static (Caller? Caller, Denial? Denial) CheckReader(HttpRequest request, ApiKeyFile keys)
    {
        var caller = Identify(request, keys);
        if (caller is null)
        {
            return (null, Denial.Unauthenticated("the API key is not valid"));
        }

        return caller.IsAnonymous && keys.Exists && !keys.PublicReads ? (null, Denial.Unauthenticated("reads need an API key (Authorization: Bearer <key>)")) : (caller, null);
    }

    /// <summary>Submissions need a valid key; a unit key only for tasks where the unit is lead or responsible.</summary>
    public static (Caller? Caller, Denial? Denial) CheckSubmit(HttpRequest request, ApiKeyFile keys)
    {
        if (!keys.Exists || keys.Count == 0)
        {
            return (null, Denial.Unauthenticated("submissions are refused until an API key exists: run 'engine keys add UNIT'"));
        }

        var caller = Identify(request, keys);
        if (caller is null || caller.IsAnonymous)
        {
            return (null, Denial.Unauthenticated(caller is null ? "the API key is not valid" : "submitting figures needs an API key (Authorization: Bearer <key>)"));
        }

        return (caller, null);
    }

    /// <summary>
    /// The targets this caller may not report on (empty when all are allowed). Units are compared by their canonical
    /// name in the ledger's units table, so a key for 市市场监督管理局 may report on a task led by 市市场监管局, and back.
    /// </summary>
    public static IReadOnlyList<string> Forbidden(Caller caller, Ledger ledger, IEnumerable<string> targetIds)
    {
        if (caller.IsAdmin)
        {
            return [];
        }

        return [.. targetIds.Distinct(StringComparer.Ordinal).Where(id =>
        {
            var task = ledger.TryGetTarget(id, out var target) ? ledger.Task(target.TaskNo) : null;
            return task is null || !task.Lead.Concat(task.Responsible).Any(unit => ledger.Units.Same(unit, caller.Unit!));
        }).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The refusal of a row for a target the caller's unit is neither lead nor responsible unit of (see
    /// <see cref="Forbidden"/>), worded once for the API and the pages, in English and Chinese.
    /// </summary>
    public static Problem ForbiddenProblem(Caller caller, Ledger ledger, string targetId, string field)
    {
        var known = ledger.TryGetTarget(targetId, out var target);
        var task = known ? ledger.Task(target.TaskNo).No.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
        return new Problem("request", 0, 0, field, $"{caller.Unit} is neither lead nor responsible unit of task {task} (target {targetId})")
        {
            TargetId = targetId,
            Code = ProblemCodes.Forbidden,
            MessageZh = known ? $"{caller.Unit}不是任务{task}的牵头单位或责任单位，不能报送目标{targetId}的数据" : $"台账中没有目标编号“{targetId}”",
        };
    }

    /// <summary>
    /// Why this caller may not submit figures for <paramref name="entity"/> (already normalised; <c>""</c> is the
    /// ledger-wide entity), or null when it may. An admin key may submit for any entity. A unit key may submit for
    /// the entities the ledger declares, or, when it declares none, for the ledger-wide entity only; a key narrowed
    /// with <c>--entity</c> only for those of them it names.
    /// </summary>
    public static string? EntityRefusal(Caller caller, Ledger ledger, string entity)
    {
        if (caller.IsAdmin)
        {
            return null;
        }

        var shown = entity.Length == 0 ? "the ledger-wide entity (no entity)" : $"entity \"{entity}\"";
        if (caller.Entities.Count > 0 && !caller.Entities.Contains(entity, StringComparer.Ordinal))
        {
            return $"{caller.Unit}'s key {caller.KeyId} may submit only for {string.Join(", ", caller.Entities.Select(e => $"\"{e}\""))}, not for {shown}";
        }

        if (ledger.Entities.Count == 0)
        {
            return entity.Length == 0 ? null : $"ledger \"{ledger.Id}\" declares no entities, so a unit key submits ledger-wide figures only, not for {shown}; an admin key may submit for any entity";
        }

        return ledger.Entities.Contains(entity, StringComparer.Ordinal)
            ? null
            : $"{shown} is not among the entities ledger \"{ledger.Id}\" declares (ledger.json \"entities\"); an admin key may submit for any entity";
    }

    /// <summary>The key presented in Authorization: Bearer or X-Api-Key, or null.</summary>
    public static string? Presented(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim();
        }

        var header = request.Headers["X-Api-Key"].ToString();
        return header.Length > 0 ? header.Trim() : null;
    }
}
