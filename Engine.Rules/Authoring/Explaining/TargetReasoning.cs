using Engine.Rules.Assessment;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Authoring;

/// <summary>
/// The reasoning behind one target's status, step by step, for an analyst asking "why": the figures seen and
/// the one used, met or not, progress, τ, schedule, status with the rules that fired, and the task's combination.
/// Built from the same evaluation as every output, so it cannot tell a different story. In Chinese every step is
/// in words (no comparison symbols, no English rule names, dates written out); in English the arithmetic is shown
/// as formulas and the rules by their names.
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

        var assessment = evaluator.Assess(figures, entity, asOf);
        var task = assessment.Tasks.Single(t => t.Task.No == target.TaskNo);
        var a = task.Targets.Single(t => t.Target.Id == targetId);
        var zh = lang == Language.Zh;
        var labels = StatusLabels.In(ledger, lang);
        var steps = new List<string>();
        steps.Add(zh
            ? $"目标{target.Id}（任务{target.TaskNo}）：{target.Metric}，目标{TargetPhrases.Words(target, lang)}，截止日期{DZ(target.Deadline)}，判定方式{Schedules.WordsZh(target.Schedule)}，宽限{N(target.Slack * 100m)}%"
            : $"target {target.Id} (task {target.TaskNo}): {target.Metric} {TargetPhrases.Requirement(target)} by {D(target.Deadline)}, {target.Kind.Name}, schedule {target.Schedule.Name()}, slack {N(target.Slack)}");
        if (target.Source is not null)
        {
            steps.Add((zh ? "来源：" : "source: ") + target.Source);
        }

        Figures(steps, figures, a, entity, asOf, zh);
        Dates(steps, ledger, a, zh);
        if (a.Figure is null)
        {
            steps.Add(zh ? $"无数据：状态为{labels.For(Status.NoData)}，进度为0" : "no figure → no_data, progress 0");
        }
        else
        {
            Measure(steps, a, asOf, zh);
        }

        Deadline(steps, ledger, a, zh);
        steps.Add(Trend(a, zh));
        steps.Add(zh
            ? $"状态：{labels.For(a.Status)}（依据：{Grounds(a)}）"
            : $"status: {a.Status.Name()} ({labels.For(a.Status)}), by rule \"{a.Rule}\"");
        steps.Add(Combination(labels, task, zh));
        return steps;
    }

    private static void Figures(List<string> steps, FigureSet figures, TargetAssessment a, string entity, DateOnly asOf, bool zh)
    {
        var seen = figures.All(entity, a.Target.Id);
        steps.Add(zh
            ? (entity.Length == 0 ? $"报送数据：{seen.Count}条" : $"报送数据（主体：{entity}）：{seen.Count}条")
            : $"figures seen for entity \"{entity}\": {seen.Count}");
        foreach (var f in seen.OrderBy(f => f.AsOf).ThenBy(f => f.Sequence))
        {
            var role = f.AsOf > asOf ? (zh ? "晚于评估日，不用" : "after the as-of date, ignored")
                : ReferenceEquals(f, a.Figure) ? (zh ? "采用（截至评估日最新）" : "USED (latest on or before the as-of date)")
                : (zh ? "被更新的数据取代" : "superseded by a later figure");
            steps.Add(zh ? $"  {f.Source}第{f.Line}行：{DZ(f.AsOf)}，{N(f.Value)}，{role}" : $"  {f.Source}:{f.Line}  {D(f.AsOf)}  {N(f.Value)}  — {role}");
        }
    }

    /// <summary>The report owed, the judged date and τ at it.</summary>
    private static void Dates(List<string> steps, Ledger ledger, TargetAssessment a, bool zh)
    {
        var o = a.Observation;
        if (ledger.Reporting is { } cycle)
        {
            steps.Add((o.ReportDue, zh) switch
            {
                ({ } due, true) => $"报送周期：{ReportingCycles.WordsZh(cycle.Months)}，宽限{cycle.GraceDays}天；评估日应已报送截至{DZ(due)}的数据",
                ({ } due, false) => $"reporting cycle ({ReportingCycles.Name(cycle.Months)}, {cycle.GraceDays} days' grace): by the as-of date the report for {D(due)} is owed",
                (null, true) => $"报送周期：{ReportingCycles.WordsZh(cycle.Months)}，宽限{cycle.GraceDays}天；评估日尚无到期的报送",
                (null, false) => "reporting cycle: no report is owed yet by the as-of date",
            });
        }

        if (a.Figure is not null)
        {
            steps.Add((o.ReportDue, zh) switch
            {
                ({ } owed, true) => $"判定日期：取数据日期{DZ(a.Figure.AsOf)}与应报日期{DZ(owed)}中较晚者，即{DZ(o.JudgedAt)}",
                ({ } owed, false) => $"judged date J = max(figure date {D(a.Figure.AsOf)}, report owed {D(owed)}) = {D(o.JudgedAt)}",
                (null, true) => $"判定日期：数据日期{DZ(o.JudgedAt)}",
                (null, false) => $"judged date J = the figure's date {D(o.JudgedAt)}",
            });
        }

        steps.Add(Tau(ledger, a.Target, o.JudgedAt, a.Expected, zh));
    }

    private static void Measure(List<string> steps, TargetAssessment a, DateOnly asOf, bool zh)
    {
        var target = a.Target;
        var v = a.Figure!.Value;
        var met = a.Met == true;
        var unit = TargetPhrases.FigureUnit(target);
        steps.Add(zh
            ? $"是否达标：报送值{N(v)}{unit}，目标{TargetPhrases.Words(target, Language.Zh)}，{(met ? "达标" : "未达标")}"
            : $"met: {N(v)} against {TargetPhrases.Requirement(target)} → {(met ? "yes" : "no")}");
        var progress = N(Semantics.TargetPercent(a.Progress));
        var formula = target.Kind.ProgressFormula(target, Semantics.ProgressBaseline(target), v, N);
        steps.Add((zh, met, formula) switch
        {
            (true, true, _) => $"完成进度：已达标，为{progress}%",
            (true, false, null) => $"完成进度：此类目标未达标时不计部分进度，为{progress}%",
            (true, false, _) => $"完成进度：{formula}，限于0至1之间，为{progress}%",
            (false, true, _) => $"progress: met → 1 = {progress}%",
            (false, false, null) => $"progress: 0 (no partial progress for this kind) (clamped to [0, 1]) = {progress}%",
            _ => $"progress: {formula} (clamped to [0, 1]) = {progress}%",
        });

        var tau = a.Expected;
        var budget = Schedules.Decisions(target).Any(d => d.Tests.Contains(DecisionTest.WithinBudget));
        if (budget && asOf < target.Deadline)
        {
            var share = tau * target.Value!.Value;
            var used = v * (1m - target.Slack);
            var within = used <= share;
            steps.Add(zh
                ? $"序时预算：报送值×（1－宽限）为{N(used)}，序时进度×目标值为{N(share)}，{(within ? "未超出" : "超出")}序时预算"
                : $"budget: figure×(1−slack) = {N(used)} against τ×value = {N(share)}: {(within ? "within" : "over")} the share used so far");
        }
        else if (asOf < target.Deadline && target.Schedule == Schedule.Linear && !met)
        {
            var required = tau * (1m - target.Slack);
            var onPace = a.Progress >= required;
            steps.Add(zh
                ? $"序时要求：序时进度×（1－宽限）为{N(Semantics.TargetPercent(required))}%，完成进度{(onPace ? "不低于" : "低于")}要求"
                : $"required τ×(1−slack) = {N(Semantics.TargetPercent(required))}%: progress {(onPace ? "≥" : "<")} required");
        }
    }

    /// <summary>From the deadline on: the figure that was in force then, and why a status is late or not yet missed.</summary>
    private static void Deadline(List<string> steps, Ledger ledger, TargetAssessment a, bool zh)
    {
        var o = a.Observation;
        var target = a.Target;
        if (o.DeadlineReached && a.Figure is not null)
        {
            steps.Add((o.HasFigureAtDeadline, zh) switch
            {
                (true, true) => $"截止日期{DZ(target.Deadline)}时有效的数据：{N(o.ValueAtDeadline)}",
                (true, false) => $"figure in force at the deadline {D(target.Deadline)}: {N(o.ValueAtDeadline)}",
                (false, true) => $"截止日期{DZ(target.Deadline)}时尚无数据",
                (false, false) => $"no figure in force at the deadline {D(target.Deadline)}",
            });
            if (a.Status == Status.AchievedLate)
            {
                steps.Add(zh ? "评估日达标、截止日未达标，为逾期完成" : "met at the as-of date but not at the deadline → achieved_late");
            }
            else if (o.DeadlineReportPending)
            {
                steps.Add(zh
                    ? $"截止日的数据尚未到报送期限（截止日后{ledger.Reporting!.GraceDays}天）：按进度滞后，不判未完成"
                    : $"the deadline's report is not owed yet ({ledger.Reporting!.GraceDays} days after the deadline): lagging, not yet missed");
            }
        }

        if (a.Stale)
        {
            var dated = a.Figure?.AsOf ?? ledger.Period.Start;
            steps.Add(zh
                ? $"数据截至{DZ(dated)}，早于应报日期{DZ(o.ReportDue!.Value)}：未按期报送"
                : $"the figure is dated {D(dated)}, before the report owed for {D(o.ReportDue!.Value)}: stale");
        }
    }

    private static string Trend(TargetAssessment a, bool zh) => (a.Projection, zh) switch
    {
        ({ } p, true) => $"趋势：以{p.Points}个日期的数据作最小二乘直线，截止日期预计为{N(Math.Round(p.Value, 2, MidpointRounding.AwayFromZero))}，{(p.Likely ? "可以" : "难以")}达到目标",
        ({ } p, false) => $"trend: least squares through {p.Points} dated figures gives {N(Math.Round(p.Value, 2, MidpointRounding.AwayFromZero))} at the deadline → {p.Outlook}",
        (null, true) => $"趋势：数据不足{Projection.MinimumPoints}个日期或已到截止日期，不作预测",
        _ => $"trend: fewer than {Projection.MinimumPoints} dated figures, or the deadline has come: no projection",
    };

    /// <summary>The decision row that fired, in Chinese: the rule's name ends with the row's words.</summary>
    private static string Grounds(TargetAssessment a)
    {
        if (a.Figure is null)
        {
            return "无数据";
        }

        var decision = Schedules.Decisions(a.Target).FirstOrDefault(d => a.Rule.EndsWith(d.Words, StringComparison.Ordinal));
        return decision is null ? Schedules.WordsZh(a.Target.Schedule) : $"{Schedules.WordsZh(a.Target.Schedule)}，{Schedules.WordsZh(decision)}";
    }

    private static string Combination(StatusLabels labels, TaskAssessment task, bool zh)
    {
        var status = labels.For(task.Status);
        var progress = Semantics.TaskPercent(task.Progress);
        if (task.Targets.Count == 1)
        {
            return zh
                ? $"任务{task.Task.No}只有这一个目标：任务状态{status}，进度{progress}%"
                : $"task {task.Task.No} has this one target: task status {task.Status.Name()} ({status}), progress {progress}%";
        }

        if (zh)
        {
            var targets = string.Join("；", task.Targets.Select(t => $"目标{t.Target.Id}{labels.For(t.Status)}，进度{N(Semantics.TargetPercent(t.Progress))}%"));
            var how = task.Task.Combine == Combine.Any ? "取最好的目标状态和最大进度" : "取最严重的目标状态和平均进度";
            return $"任务{task.Task.No}合成（{how}）：{targets}；任务状态{status}，进度{progress}%";
        }

        var others = string.Join("; ", task.Targets.Select(t => $"{t.Target.Id} {t.Status.Name()} {N(Semantics.TargetPercent(t.Progress))}%"));
        return $"task {task.Task.No} combines ({task.Task.Combine.Name()}): {others} → {task.Status.Name()} ({status}), progress {progress}%, by rule \"{task.Rule}\"";
    }

    private static string Tau(Ledger ledger, Target t, DateOnly judged, decimal tau, bool zh)
    {
        var percent = N(Semantics.TargetPercent(tau));
        if (judged >= t.Deadline)
        {
            return zh ? "序时进度：已到截止日期，为100%" : $"expected share τ = 1 (deadline reached) = {percent}%";
        }

        if (judged < ledger.Period.Start)
        {
            return zh ? "序时进度：尚未到期初，为0" : $"expected share τ = 0 (before the period) = {percent}%";
        }

        var (start, days, total) = (ledger.Period.Start, judged.DayNumber - ledger.Period.Start.DayNumber + 1, t.Deadline.DayNumber - ledger.Period.Start.DayNumber + 1);
        return zh
            ? $"序时进度：{DZ(start)}至{DZ(judged)}共{days}天，占至截止日期{DZ(t.Deadline)}共{total}天的{percent}%"
            : $"expected share τ = ({D(judged)} − {D(start)} + 1) / ({D(t.Deadline)} − {D(start)} + 1) = {days}/{total} = {percent}%";
    }

    private static string D(DateOnly d) => IsoDate.Format(d);

    private static string DZ(DateOnly d) => TargetPhrases.Date(d, Language.Zh);

    private static string N(decimal d) => TargetPhrases.Number(d);
}
