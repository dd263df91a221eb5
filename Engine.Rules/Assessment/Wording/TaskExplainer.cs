using System.Globalization;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using Humanizer;

namespace Engine.Rules.Assessment;

/// <summary>
/// Writes the ledger's text columns from an assessment: 落实情况 (what the figures say) and
/// 存在问题 (why a task lags, missed or lacks data). Plain sentences, one clause per target.
/// </summary>
internal static class TaskExplainer
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-Hans");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    /// <summary>落实情况: the figures used, each against its target.</summary>
    public static string Achievements(TaskAssessment task, Language lang)
    {
        var clauses = task.Targets.Where(t => t.Figure is not null).Select(t => Reported(t, lang)).ToList();
        if (clauses.Count == 0)
        {
            return "";
        }

        var sep = lang == Language.Zh ? "；" : "; ";
        var prefix = lang == Language.Zh ? $"截至{TargetPhrases.Date(task.Key.AsOf, lang)}，" : $"As of {TargetPhrases.Date(task.Key.AsOf, lang)}, ";
        return prefix + string.Join(sep, clauses) + (lang == Language.Zh ? "。" : ".");
    }

    /// <summary>存在问题: for lagging, missed and no-data tasks, what falls short, and for any task the figures not reported on time; empty otherwise.</summary>
    public static string Problems(TaskAssessment task, Language lang)
    {
        if (task.Status is Status.Achieved or Status.AchievedLate or Status.OnTrack && !task.Stale)
        {
            return "";
        }

        var clauses = task.Targets.Where(t => t.Status is Status.Lagging or Status.Missed or Status.NoData).Select(t => Shortfall(t, lang))
            .Concat(task.Targets.Where(t => t.Stale).Select(t => Stale(t, lang)))
            .ToList();
        var sep = lang == Language.Zh ? "；" : "; ";
        return string.Join(sep, clauses) + (lang == Language.Zh ? "。" : ".");
    }

    /// <summary>"营业收入数据截至2023年3月31日，未按期报送".</summary>
    private static string Stale(TargetAssessment t, Language lang) => lang == Language.Zh
        ? $"{t.Target.Metric}数据截至{TargetPhrases.Date(t.Figure!.AsOf, lang)}，未按期报送"
        : $"{t.Target.Metric}: figures only up to {TargetPhrases.Date(t.Figure!.AsOf, lang)}, the report due is missing";

    private static string Reported(TargetAssessment t, Language lang)
    {
        var figure = TargetPhrases.Amount(t.Figure!.Value, TargetPhrases.FigureUnit(t.Target));
        return lang == Language.Zh
            ? $"{t.Target.Metric}为{figure}（目标{TargetPhrases.Requirement(t.Target)}）"
            : $"{t.Target.Metric} is {figure} (target {TargetPhrases.Requirement(t.Target)})";
    }

    private static string Shortfall(TargetAssessment t, Language lang)
    {
        var target = t.Target;
        var days = target.Deadline.DayNumber - t.AsOf.DayNumber;
        var culture = lang == Language.Zh ? Zh : En;
        var span = TimeSpan.FromDays(Math.Abs(days)).Humanize(precision: 1, culture: culture, maxUnit: TimeUnit.Day, minUnit: TimeUnit.Day);

        // Humanizer writes "184 天"; Chinese prose runs numbers and measure words together.
        if (lang == Language.Zh)
        {
            span = span.Replace(" ", "", StringComparison.Ordinal);
        }
        var when = (lang, days) switch
        {
            (Language.Zh, > 0) => $"距截止（{TargetPhrases.Date(target.Deadline, lang)}）还有{span}",
            (Language.Zh, 0) => "今天截止",
            (Language.Zh, _) => $"已逾期{span}",
            (_, > 0) => $"{span} left until the deadline ({TargetPhrases.Date(target.Deadline, lang)})",
            (_, 0) => "due today",
            _ => $"{span} overdue",
        };

        if (t.Status == Status.NoData)
        {
            return lang == Language.Zh
                ? $"{target.Metric}（{target.Id}）未报送数据，{when}"
                : $"{target.Metric} ({target.Id}) has no figure; {when}";
        }

        var figure = TargetPhrases.Amount(t.Figure!.Value, TargetPhrases.FigureUnit(target));
        var progress = TargetPhrases.Number(Semantics.TargetPercent(t.Progress));
        var expected = TargetPhrases.Number(Semantics.TargetPercent(t.Expected));
        var gap = TargetPhrases.Gap(target, t.Figure.Value, lang);
        var requirement = TargetPhrases.Requirement(target);
        if (target.Kind.MeasuresCompletion)
        {
            return (lang, t.Status) switch
            {
                (Language.Zh, Status.Missed) => $"{target.Metric}到期仅完成{progress}%，{when}",
                (Language.Zh, _) => $"{target.Metric}完成{progress}%，低于序时进度{expected}%，{when}",
                (_, Status.Missed) => $"{target.Metric} was only {progress}% done at the deadline; {when}",
                _ => $"{target.Metric} is {progress}% done, below the expected {expected}%; {when}",
            };
        }

        if (t.Status == Status.Missed)
        {
            return lang == Language.Zh
                ? $"{target.Metric}为{figure}，未达到目标{requirement}{Prefixed("，相差", gap)}，{when}"
                : $"{target.Metric} is {figure}, short of the target {requirement}{Prefixed(" by ", gap)}; {when}";
        }

        return Lagging(t, lang, figure, requirement, gap, progress, expected, when) + (Trend(t, lang) ?? "");
    }

    private static string Lagging(TargetAssessment t, Language lang, string figure, string requirement, string? gap, string progress, string expected, string when)
    {
        var target = t.Target;
        return (lang, target.Schedule) switch
        {
            (Language.Zh, Schedule.Linear) => $"{target.Metric}为{figure}（目标{requirement}{Prefixed("，相差", gap)}），完成进度{progress}%，低于序时进度{expected}%，{when}",
            (Language.Zh, _) => $"{target.Metric}为{figure}，未保持在目标{requirement}{Prefixed("，相差", gap)}，{when}",
            (_, Schedule.Linear) => $"{target.Metric} is {figure} (target {requirement}{Prefixed(", ", gap)} short): {progress}% done, below the expected {expected}%; {when}",
            _ => $"{target.Metric} is {figure}, not holding the target {requirement}{Prefixed(" (off by ", gap)}{(gap is null ? "" : ")")}; {when}",
        };
    }

    /// <summary>The projection clause: "按目前趋势，年底预计为10.8%，低于目标12%".</summary>
    internal static string? Trend(TargetAssessment t, Language lang)
    {
        if (t.Projection is not { } p)
        {
            return null;
        }

        var target = t.Target;
        var value = TargetPhrases.Amount(Math.Round(p.Value, 2, MidpointRounding.AwayFromZero), TargetPhrases.FigureUnit(target));
        var yearEnd = target.Deadline.Month == 12 && target.Deadline.Day == 31;
        var at = lang == Language.Zh ? (yearEnd ? "年底" : $"截止日（{TargetPhrases.Date(target.Deadline, lang)}）") : (yearEnd ? "at year end" : $"by {TargetPhrases.Date(target.Deadline, lang)}");
        return lang == Language.Zh
            ? $"；按目前趋势，{at}预计为{value}，{(p.Likely ? "可达到" : "低于")}目标{TargetPhrases.Requirement(target)}"
            : $"; on the current trend it reaches {value} {at}, {(p.Likely ? "meeting" : "short of")} the target {TargetPhrases.Requirement(target)}";
    }

    private static string Prefixed(string prefix, string? text) => string.IsNullOrEmpty(text) ? "" : prefix + text;
}
