using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Assessment;

/// <summary>
/// Writes the ledger's text columns from an assessment: 落实情况 (what the figures say) and
/// 存在问题 (why a task lags, missed or lacks data). Plain sentences, one clause per target.
/// </summary>
internal static class TaskExplainer
{
    /// <summary>落实情况: the figures used, each against its target, dated by the figure when it is older than the as-of date.</summary>
    public static string Achievements(TaskAssessment task, Language lang)
    {
        // Plain loops: an answer words every task, and the LINQ chains' iterators and list growth showed in its profile.
        var clauses = new List<string>(task.Targets.Count);
        foreach (var t in task.Targets)
        {
            if (t.Figure is not null)
            {
                clauses.Add(Reported(t, lang));
            }
        }

        if (clauses.Count == 0)
        {
            return "";
        }

        var sep = lang == Language.Zh ? "；" : "; ";
        var prefix = lang == Language.Zh ? $"截至评估日{TargetPhrases.Date(task.Key.AsOf, lang)}，" : $"As of {TargetPhrases.Date(task.Key.AsOf, lang)}, ";
        return prefix + string.Join(sep, clauses) + (lang == Language.Zh ? "。" : ".");
    }

    /// <summary>存在问题: for lagging, missed and no-data tasks, what falls short, and for any task the figures not reported on time; empty otherwise.</summary>
    public static string Problems(TaskAssessment task, Language lang)
    {
        if (task.Status is Status.Achieved or Status.AchievedLate or Status.OnTrack && !task.Stale)
        {
            return "";
        }

        var clauses = new List<string>(task.Targets.Count);
        foreach (var t in task.Targets)
        {
            if (t.Status is Status.Lagging or Status.Missed or Status.NoData)
            {
                clauses.Add(Shortfall(t, lang));
            }
        }

        foreach (var t in task.Targets)
        {
            if (t.Stale)
            {
                clauses.Add(Stale(t, lang));
            }
        }

        var sep = lang == Language.Zh ? "；" : "; ";
        return string.Join(sep, clauses) + (lang == Language.Zh ? "。" : ".");
    }

    /// <summary>"营业收入数据截至2023年3月31日，未按期报送截至2023年6月30日的数据".</summary>
    private static string Stale(TargetAssessment t, Language lang)
    {
        var owed = t.Observation.ReportDue is { } r ? r : t.AsOf;
        return lang == Language.Zh
            ? $"{t.Target.Metric}数据截至{TargetPhrases.Date(t.Figure!.AsOf, lang)}，未按期报送截至{TargetPhrases.Date(owed, lang)}的数据"
            : $"{t.Target.Metric}: figures only up to {TargetPhrases.Date(t.Figure!.AsOf, lang)}; the report for {TargetPhrases.Date(owed, lang)} is missing";
    }

    private static string Reported(TargetAssessment t, Language lang)
    {
        var target = t.Target;
        // A figure older than the as-of date says its own date (semantics v2: texts date the figure by F).
        var dated = t.Figure!.AsOf == t.AsOf ? null : lang == Language.Zh ? $"数据截至{TargetPhrases.Date(t.Figure.AsOf, lang)}" : $"figure for {TargetPhrases.Date(t.Figure.AsOf, lang)}";
        var late = t.Status != Status.AchievedLate ? ""
            : lang == Language.Zh ? $"，逾期完成（截止日期{TargetPhrases.Date(target.Deadline, lang)}）" : $", completed after the deadline ({TargetPhrases.Date(target.Deadline, lang)})";
        if (target.Kind.MeasuresCompletion)
        {
            var done = TargetPhrases.Number(t.Figure.Value);
            return lang == Language.Zh
                ? $"{target.Metric}完成{done}%{(dated is null ? "" : $"（{dated}）")}{late}"
                : $"{target.Metric}: {done}% done{(dated is null ? "" : $" ({dated})")}{late}";
        }

        var figure = TargetPhrases.Amount(t.Figure.Value, TargetPhrases.FigureUnit(target));
        return lang == Language.Zh
            ? $"{target.Metric}为{figure}（目标{TargetPhrases.Words(target, lang)}{(dated is null ? "" : "，" + dated)}）{late}"
            : $"{target.Metric} is {figure} (target {TargetPhrases.Words(target, lang)}{(dated is null ? "" : "; " + dated)}){late}";
    }

    private static string Shortfall(TargetAssessment t, Language lang)
    {
        var target = t.Target;
        var when = When(t, lang);
        var words = TargetPhrases.Words(target, lang);
        if (t.Status == Status.NoData)
        {
            return (lang, target.Kind.MeasuresCompletion) switch
            {
                (Language.Zh, true) => $"{target.Metric}未报送完成情况，{when}",
                (Language.Zh, false) => $"{target.Metric}未报送数据（目标{words}），{when}",
                (_, true) => $"{target.Metric} has no report of progress; {when}",
                _ => $"{target.Metric} has no figure (target {words}); {when}",
            };
        }

        var figure = TargetPhrases.Amount(t.Figure!.Value, TargetPhrases.FigureUnit(target));
        var progress = TargetPhrases.Number(Semantics.TargetPercent(t.Progress));
        var expected = TargetPhrases.Number(Semantics.TargetPercent(t.Expected));
        var gap = TargetPhrases.Gap(target, t.Figure.Value, lang);
        if (target.Kind.MeasuresCompletion)
        {
            return t.Status == Status.Missed ? MilestoneMissed(t, lang, when) : lang == Language.Zh
                ? $"{target.Metric}完成{progress}%，低于序时进度{expected}%，{when}"
                : $"{target.Metric} is {progress}% done, below the expected {expected}%; {when}";
        }

        if (t.Status == Status.Missed)
        {
            return lang == Language.Zh
                ? $"{target.Metric}为{figure}，未达到目标（{words}）{Prefixed("，相差", gap)}，{when}"
                : $"{target.Metric} is {figure}, short of the target {words}{Prefixed(" by ", gap)}; {when}";
        }

        return Lagging(t, lang, figure, words, gap, progress, expected, when) + (Trend(t, lang) ?? "");
    }

    /// <summary>A missed milestone is told by what was done at the deadline, and what is done now if that differs.</summary>
    private static string MilestoneMissed(TargetAssessment t, Language lang, string when)
    {
        var o = t.Observation;
        var now = TargetPhrases.Number(t.Figure!.Value);
        var deadline = TargetPhrases.Date(t.Target.Deadline, lang);
        if (!o.HasFigureAtDeadline)
        {
            return lang == Language.Zh
                ? $"{t.Target.Metric}截至截止日期未报送完成情况，目前完成{now}%，{when}"
                : $"{t.Target.Metric} had no figure by the deadline and is {now}% done now; {when}";
        }

        var then = TargetPhrases.Number(o.ValueAtDeadline);
        return (lang, o.ValueAtDeadline == t.Figure.Value) switch
        {
            (Language.Zh, true) => $"{t.Target.Metric}到期仅完成{then}%，{when}",
            (Language.Zh, false) => $"{t.Target.Metric}到期仅完成{then}%，目前完成{now}%，{when}",
            (_, true) => $"{t.Target.Metric} was only {then}% done at the deadline; {when}",
            _ => $"{t.Target.Metric} was only {then}% done at the deadline and is {now}% done now; {when}",
        };
    }

    /// <summary>The deadline written out, with the days left or overdue (never "today": the date is the as-of date's).</summary>
    private static string When(TargetAssessment t, Language lang)
    {
        var deadline = t.Target.Deadline;
        var days = deadline.DayNumber - t.AsOf.DayNumber;
        var span = DaySpans.Words(days, lang);
        var date = TargetPhrases.Date(deadline, lang);
        return (lang, days) switch
        {
            (Language.Zh, > 0) => $"距截止日期{date}还有{span}",
            (Language.Zh, 0) => $"截止日期{date}（即评估日）",
            (Language.Zh, _) => $"截止日期{date}，已逾期{span}",
            (_, > 0) => $"due {date}, {span} left",
            (_, 0) => $"due {date} (the as-of date)",
            _ => $"due {date}, {span} overdue",
        };
    }

    private static string Lagging(TargetAssessment t, Language lang, string figure, string words, string? gap, string progress, string expected, string when)
    {
        var target = t.Target;
        return (lang, target.Schedule) switch
        {
            (Language.Zh, Schedule.Linear) => $"{target.Metric}为{figure}（目标{words}{Prefixed("，相差", gap)}），完成进度{progress}%，低于序时进度{expected}%，{when}",
            (Language.Zh, _) => $"{target.Metric}为{figure}，未达到目标（{words}）{Prefixed("，相差", gap)}，{when}",
            (_, Schedule.Linear) => $"{target.Metric} is {figure} (target {words}{Prefixed(", ", gap)}{(gap is null ? "" : " short")}): {progress}% done, below the expected {expected}%; {when}",
            _ => $"{target.Metric} is {figure}, short of the target {words}{Prefixed(" by ", gap)}; {when}",
        };
    }

    /// <summary>The projection clause: "按目前趋势，年底预计为10.8%，难以达到目标".</summary>
    internal static string? Trend(TargetAssessment t, Language lang)
    {
        if (t.Projection is not { } p)
        {
            return null;
        }

        var target = t.Target;
        var value = TargetPhrases.Amount(Math.Round(p.Value, 2, MidpointRounding.AwayFromZero), TargetPhrases.FigureUnit(target));
        var yearEnd = target.Deadline.Month == 12 && target.Deadline.Day == 31;
        var at = lang == Language.Zh ? (yearEnd ? "年底" : $"截止日期{TargetPhrases.Date(target.Deadline, lang)}") : (yearEnd ? "at year end" : $"by {TargetPhrases.Date(target.Deadline, lang)}");
        return lang == Language.Zh
            ? $"；按目前趋势，{at}预计为{value}，{(p.Likely ? "可以" : "难以")}达到目标"
            : $"; on the current trend it reaches {value} {at}, {(p.Likely ? "meeting" : "short of")} the target";
    }

    private static string Prefixed(string prefix, string? text) => string.IsNullOrEmpty(text) ? "" : prefix + text;
}
