using Engine.Rules.Assessment;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Authoring;

/// <summary>
/// The reasoning behind one target's status, step by step, for an analyst asking "why": the figures seen and
/// the one used, met or not, progress, τ, schedule, status with the rules that fired, and the task's combination.
/// Built from the same evaluation as every output, so it cannot tell a different story.
/// </summary>
public static class TargetReasoning
{
    /// <summary>The steps behind the target's status for one entity as of one date, one line each, in the language given; throws <see cref="ArgumentException"/> for an unknown target id.</summary>
    public static IReadOnlyList<string> Explain(Evaluator evaluator, FigureSet figures, string targetId, string entity, DateOnly asOf, Language lang)
    {
        var ledger = evaluator.Ledger;
        if (!ledger.TryGetTarget(targetId, out var target))
        {
            throw new ArgumentException($"ledger {ledger.Id} has no target \"{targetId}\"", nameof(targetId));
        }

        var zh = lang == Language.Zh;
        var assessment = evaluator.Assess(figures, entity, asOf);
        var task = assessment.Tasks.Single(t => t.Task.No == target.TaskNo);
        var a = task.Targets.Single(t => t.Target.Id == targetId);
        var steps = new List<string>
        {
            zh ? $"目标 {target.Id}（任务{target.TaskNo}）：{target.Metric} {TargetPhrases.Requirement(target)}，截止 {D(target.Deadline)}，{target.Kind.Name}，进度规则 {target.Schedule.Name()}，宽限 {N(target.Slack)}"
               : $"target {target.Id} (task {target.TaskNo}): {target.Metric} {TargetPhrases.Requirement(target)} by {D(target.Deadline)}, {target.Kind.Name}, schedule {target.Schedule.Name()}, slack {N(target.Slack)}",
        };
        if (target.Source is not null)
        {
            steps.Add((zh ? "来源：" : "source: ") + target.Source);
        }

        var seen = figures.All(entity, targetId);
        steps.Add(zh ? $"报送数据（主体“{entity}”）：{seen.Count} 条" : $"figures seen for entity \"{entity}\": {seen.Count}");
        foreach (var f in seen.OrderBy(f => f.AsOf).ThenBy(f => f.Sequence))
        {
            var role = f.AsOf > asOf ? (zh ? "晚于评估日，不用" : "after the as-of date, ignored")
                : ReferenceEquals(f, a.Figure) ? (zh ? "采用（截至评估日最新）" : "USED (latest on or before the as-of date)")
                : (zh ? "被更新的数据取代" : "superseded by a later figure");
            steps.Add($"  {f.Source}:{f.Line}  {D(f.AsOf)}  {N(f.Value)}  — {role}");
        }

        var o = a.Observation;
        if (o.ReportDue is { } due)
        {
            steps.Add(zh ? $"报送周期（{ReportingCycles.Name(ledger.Reporting!.Months)}，宽限 {ledger.Reporting.GraceDays} 天）：评估日应已报送截至 {D(due)} 的数据"
                         : $"reporting cycle ({ReportingCycles.Name(ledger.Reporting!.Months)}, {ledger.Reporting.GraceDays} days' grace): by the as-of date the report for {D(due)} is owed");
        }
        else if (ledger.Reporting is not null)
        {
            steps.Add(zh ? "报送周期：评估日尚无到期的报送" : "reporting cycle: no report is owed yet by the as-of date");
        }

        if (a.Figure is not null)
        {
            steps.Add((o.ReportDue, zh) switch
            {
                ({ } owed, true) => $"判定日期 J = max(数据日期 {D(a.Figure.AsOf)}，应报日期 {D(owed)}) = {D(o.JudgedAt)}",
                ({ } owed, false) => $"judged date J = max(figure date {D(a.Figure.AsOf)}, report owed {D(owed)}) = {D(o.JudgedAt)}",
                (null, true) => $"判定日期 J = 数据日期 {D(o.JudgedAt)}",
                (null, false) => $"judged date J = the figure's date {D(o.JudgedAt)}",
            });
        }

        var tau = a.Expected;
        steps.Add(zh ? $"序时进度 τ = {Tau(ledger, target, a.Observation.JudgedAt)} = {N(Semantics.TargetPercent(tau))}%"
                     : $"expected share τ = {Tau(ledger, target, a.Observation.JudgedAt)} = {N(Semantics.TargetPercent(tau))}%");
        if (a.Figure is null)
        {
            steps.Add(zh ? "无数据 → no_data，进度 0" : "no figure → no_data, progress 0");
        }
        else
        {
            var v = a.Figure.Value;
            steps.Add(zh ? $"是否达标：{N(v)} 对 {TargetPhrases.Requirement(target)} → {(a.Met == true ? "达标" : "未达标")}"
                         : $"met: {N(v)} against {TargetPhrases.Requirement(target)} → {(a.Met == true ? "yes" : "no")}");
            steps.Add((zh ? "进度：" : "progress: ") + ProgressFormula(target, v, a.Met == true) + $" = {N(Semantics.TargetPercent(a.Progress))}%");
            var budget = Schedules.Decisions(target).Any(d => d.Tests.Contains(DecisionTest.WithinBudget));
            if (budget && asOf < target.Deadline)
            {
                var share = tau * target.Value!.Value;
                var used = v * (1m - target.Slack);
                steps.Add(zh ? $"预算：报送值×(1−宽限) = {N(used)}，τ×目标 = {N(share)}：{(used <= share ? "未超" : "超出")}序时预算"
                             : $"budget: figure×(1−slack) = {N(used)} against τ×value = {N(share)}: {(used <= share ? "within" : "over")} the share used so far");
            }
            else if (asOf < target.Deadline && target.Schedule == Schedule.Linear && a.Met != true)
            {
                var required = tau * (1m - target.Slack);
                steps.Add(zh ? $"序时要求 τ×(1−宽限) = {N(Semantics.TargetPercent(required))}%：进度 {(a.Progress >= required ? "≥" : "<")} 要求"
                             : $"required τ×(1−slack) = {N(Semantics.TargetPercent(required))}%: progress {(a.Progress >= required ? "≥" : "<")} required");
            }
        }

        if (o.DeadlineReached && a.Figure is not null)
        {
            steps.Add(o.HasFigureAtDeadline
                ? (zh ? $"截止日 {D(target.Deadline)} 时有效的数据：{N(o.ValueAtDeadline)}" : $"figure in force at the deadline {D(target.Deadline)}: {N(o.ValueAtDeadline)}")
                : (zh ? $"截止日 {D(target.Deadline)} 时尚无数据" : $"no figure in force at the deadline {D(target.Deadline)}"));
            if (a.Status == Status.AchievedLate)
            {
                steps.Add(zh ? "评估日达标、截止日未达标 → 逾期完成" : "met at the as-of date but not at the deadline → achieved_late");
            }
            else if (o.DeadlineReportPending)
            {
                steps.Add(zh ? $"截止日的数据尚未到报送期限（截止日后 {ledger.Reporting!.GraceDays} 天）：按进度滞后，不判未完成"
                             : $"the deadline's report is not owed yet ({ledger.Reporting!.GraceDays} days after the deadline): lagging, not yet missed");
            }
        }

        if (a.Stale)
        {
            steps.Add(zh ? $"数据截至 {D(a.Figure?.AsOf ?? ledger.Period.Start)}，早于应报日期 {D(o.ReportDue!.Value)}：未按期报送（stale）"
                         : $"the figure is dated {D(a.Figure?.AsOf ?? ledger.Period.Start)}, before the report owed for {D(o.ReportDue!.Value)}: stale");
        }

        steps.Add(a.Projection is { } p
            ? (zh ? $"趋势：{p.Points} 个日期的数据做最小二乘直线，截止日预计 {N(Math.Round(p.Value, 2, MidpointRounding.AwayFromZero))} → {p.Outlook}"
                  : $"trend: least squares through {p.Points} dated figures gives {N(Math.Round(p.Value, 2, MidpointRounding.AwayFromZero))} at the deadline → {p.Outlook}")
            : (zh ? $"趋势：不足 {Projection.MinimumPoints} 个日期的数据或已到截止日，不作预测" : $"trend: fewer than {Projection.MinimumPoints} dated figures, or the deadline has come: no projection"));
        steps.Add(zh ? $"状态：{a.Status.Name()}（{ledger.Labels.For(a.Status)}），触发规则“{a.Rule}”"
                     : $"status: {a.Status.Name()} ({ledger.Labels.For(a.Status)}), by rule \"{a.Rule}\"");
        var others = string.Join(zh ? "；" : "; ", task.Targets.Select(t => $"{t.Target.Id} {t.Status.Name()} {N(Semantics.TargetPercent(t.Progress))}%"));
        if (task.Targets.Count == 1)
        {
            steps.Add(zh ? $"任务{task.Task.No}只有这一个目标：任务状态 {task.Status.Name()}（{ledger.Labels.For(task.Status)}），进度 {Semantics.TaskPercent(task.Progress)}%"
                         : $"task {task.Task.No} has this one target: task status {task.Status.Name()} ({ledger.Labels.For(task.Status)}), progress {Semantics.TaskPercent(task.Progress)}%");
        }
        else
        {
            steps.Add(zh ? $"任务{task.Task.No}合成（{task.Task.Combine.Name()}）：{others} → {task.Status.Name()}（{ledger.Labels.For(task.Status)}），进度 {Semantics.TaskPercent(task.Progress)}%，规则“{task.Rule}”"
                         : $"task {task.Task.No} combines ({task.Task.Combine.Name()}): {others} → {task.Status.Name()} ({ledger.Labels.For(task.Status)}), progress {Semantics.TaskPercent(task.Progress)}%, by rule \"{task.Rule}\"");
        }
        return steps;
    }

    private static string ProgressFormula(Target t, decimal v, bool met)
    {
        if (met)
        {
            return "met → 1";
        }

        return (t.Kind.ProgressFormula(t, Semantics.ProgressBaseline(t), v, N) ?? "0 (no partial progress for this kind)") + " (clamped to [0, 1])";
    }

    private static string Tau(Ledger ledger, Target t, DateOnly asOf)
    {
        if (asOf >= t.Deadline)
        {
            return "1 (deadline reached)";
        }

        if (asOf < ledger.Period.Start)
        {
            return "0 (before the period)";
        }

        return $"({D(asOf)} − {D(ledger.Period.Start)} + 1) / ({D(t.Deadline)} − {D(ledger.Period.Start)} + 1) = {asOf.DayNumber - ledger.Period.Start.DayNumber + 1}/{t.Deadline.DayNumber - ledger.Period.Start.DayNumber + 1}";
    }

    private static string D(DateOnly d) => IsoDate.Format(d);

    private static string N(decimal d) => TargetPhrases.Number(d);
}
