using System.Linq.Expressions;
using Engine.Rules.Assessment;
using Engine.Rules.Model;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace Engine.Rules.Compilation;

/// <summary>
/// The schedule rules of format v1, shared by all targets: from a target's reading (met, progress, τ, deadline)
/// to its status. One rule per row of the semantics table, so each status names the rule that gave it.
/// </summary>
internal static class StatusRules
{
    public static IEnumerable<IRuleDefinition> Build()
    {
        yield return Reading("deadline reached, met → achieved", r => r.DeadlineReached && r.Met, (ctx, r) => ctx.Insert(TargetAssessment.From(r, Status.Achieved, ctx.Rule.Name)));
        yield return Reading("deadline reached, not met → missed", r => r.DeadlineReached && !r.Met, (ctx, r) => ctx.Insert(TargetAssessment.From(r, Status.Missed, ctx.Rule.Name)));
        yield return Reading("linear, met early → achieved", r => !r.DeadlineReached && r.Schedule == Schedule.Linear && r.Met, (ctx, r) => ctx.Insert(TargetAssessment.From(r, Status.Achieved, ctx.Rule.Name)));
        yield return Reading("linear, progress ≥ τ×(1−slack) → on_track", r => !r.DeadlineReached && r.Schedule == Schedule.Linear && !r.Met && r.Progress >= r.Required, (ctx, r) => ctx.Insert(TargetAssessment.From(r, Status.OnTrack, ctx.Rule.Name)));
        yield return Reading("linear, progress < τ×(1−slack) → lagging", r => !r.DeadlineReached && r.Schedule == Schedule.Linear && !r.Met && r.Progress < r.Required, (ctx, r) => ctx.Insert(TargetAssessment.From(r, Status.Lagging, ctx.Rule.Name)));
        yield return Reading("hold, met → on_track", r => !r.DeadlineReached && r.Schedule == Schedule.Hold && r.Met, (ctx, r) => ctx.Insert(TargetAssessment.From(r, Status.OnTrack, ctx.Rule.Name)));
        yield return Reading("hold, not met → lagging", r => !r.DeadlineReached && r.Schedule == Schedule.Hold && !r.Met, (ctx, r) => ctx.Insert(TargetAssessment.From(r, Status.Lagging, ctx.Rule.Name)));
        yield return Reading("final, before the deadline → on_track", r => !r.DeadlineReached && r.Schedule == Schedule.Final, (ctx, r) => ctx.Insert(TargetAssessment.From(r, Status.OnTrack, ctx.Rule.Name)));

        var noData = new RuleBuilder();
        noData.Name("no figure → no_data");
        noData.Tag("status");
        noData.Priority(RulePriorities.Status);
        var o = noData.LeftHandSide().Pattern(typeof(TargetObservation), "o");
        o.Condition((Expression<Func<TargetObservation, bool>>)(o => !o.HasFigure));
        noData.RightHandSide().Action((Expression<Action<IContext, TargetObservation>>)((ctx, o) => ctx.Insert(TargetAssessment.NoData(o, ctx.Rule.Name))));
        yield return noData.Build();
    }

    private static IRuleDefinition Reading(string name, Expression<Func<TargetReading, bool>> when, Expression<Action<IContext, TargetReading>> then)
    {
        var builder = new RuleBuilder();
        builder.Name(name);
        builder.Tag("status");
        builder.Priority(RulePriorities.Status);
        var pattern = builder.LeftHandSide().Pattern(typeof(TargetReading), when.Parameters[0].Name!);
        pattern.Condition(when);
        builder.RightHandSide().Action(then);
        return builder.Build();
    }
}
