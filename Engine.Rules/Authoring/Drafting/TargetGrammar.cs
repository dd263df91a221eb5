using System.Globalization;
using System.Text.RegularExpressions;
using Engine.Rules.Assessment;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Authoring;

/// <summary>
/// A grammar of Chinese target phrasings: comparison words around a number and a unit, ranges, baselines
/// (由…降至…), growth with no number (同比上升), zero targets, and deadlines (X月前, 年底, 十四五末), with the
/// exclusions a careful reader makes (eligibility thresholds ending in 的, names in quotes, years and dates).
/// Deterministic and offline: the same text always gives the same draft.
/// </summary>
internal static partial class TargetGrammar
{
    private const string Units = "个工作日|工作日|个百分点|个环节|万千瓦|万TEU|万标箱|万人次|万人|万元|亿元|万吨|万册|万份|万个|元/生/年|元/人月|件/人|生/师|小时|分钟|公里|公顷|平方米|家次|场次|人次|%|％|个|家|项|件|次|天|日|名|位|条|场|例|人|元|枚|台|周|份|宗|笔|张|册|亩|所|户|批|倍|秒|年";

    /// <summary>The targets of a task text; <paramref name="due"/> (an item's completion time) dates the sentences that name no deadline.</summary>
    public static TaskDraft Draft(string text, int year, DateOnly? due = null)
    {
        var fallback = due ?? new DateOnly(year, 12, 31);
        text = InputText.Normalize(text);
        var targets = new List<DraftTarget>();
        var taken = new List<(int Start, int End)>();
        foreach (var sentence in Sentences(text))
        {
            var deadline = Deadline(sentence.Text, year);
            foreach (var rule in Rules)
            {
                foreach (Match m in rule.Pattern.Matches(sentence.Text))
                {
                    var start = sentence.Start + m.Index;
                    var end = start + m.Length;
                    if (taken.Any(t => start < t.End && end > t.Start) || Excluded(text, start, end) || Overlong(m.Value))
                    {
                        continue;
                    }

                    var made = rule.MakeMany is { } many ? many(m, deadline ?? fallback).ToList() : rule.Make(m, deadline ?? fallback) is { } one ? [one] : [];
                    if (made.Count == 0)
                    {
                        continue;
                    }

                    taken.Add((start, end));
                    var source = text.Substring(start, end - start);
                    // Every value of a “分别” list shares the list's start: the drafter names the metric from the words
                    // before it, so an offset per value would cut into the comparison word ("分别不").
                    targets.AddRange(made.Select(t => t with { Source = source, Position = start }));
                }
            }
        }

        // A stable sort, so the values of one list (same position) keep their reading order.
        targets = [.. targets.OrderBy(t => t.Position)];
        if (targets.Count == 0)
        {
            var dated = Sentences(text).Select(s => (s, d: Deadline(s.Text, year))).FirstOrDefault(p => p.d is not null);
            var source = dated.s.Text is { Length: > 0 } ds ? ds : FirstClause(text);
            targets.Add(new DraftTarget
            {
                Kind = TargetKinds.Milestone,
                Unit = "%",
                Deadline = dated.d ?? fallback,
                Source = source,
                Confidence = 0.9m,
                Note = "任务无量化指标，按工作完成进度（%）评估",
            });
        }

        var either = targets.Count > 1 && EitherOr().IsMatch(text);
        return new TaskDraft(targets, either ? Combine.Any : Combine.All);
    }

    private sealed record GrammarRule(Regex Pattern, Func<Match, DateOnly, DraftTarget?> Make)
    {
        /// <summary>A rule that reads a list ("分别不低于30%、40%") into one target per number.</summary>
        public Func<Match, DateOnly, IEnumerable<DraftTarget>>? MakeMany { get; init; }
    }

    private static readonly GrammarRule[] Rules =
    [
        // 分别不低于30%、40% → one target per number, same kind
        new(List(), (_, _) => null) { MakeMany = (m, d) => ListTargets(m, d) },

        // 师生比达到1:9.3 → at_most 9.3 pupils per teacher
        new(PupilRatio(), (m, d) => new DraftTarget { Kind = TargetKinds.AtMost, Value = Num(m.Groups["n"].Value), Unit = "生/师", Deadline = d, Source = "", Confidence = 0.9m, Note = "师生比1:x读作每名教职工对应学生数不超过x" }),

        // 由8.17小时降至5小时 → at_most 5, baseline 8.17
        new(Baseline(), (m, d) => Numeric(m, d, m.Groups["up"].Success ? TargetKinds.AtLeast : TargetKinds.AtMost, baseline: Num(m.Groups["from"].Value), confidence: 0.95m)),

        // 6%-10% / 10%至20% → between
        new(Range(), (m, d) => Numeric(m, d, TargetKinds.Between, value2: Num(m.Groups["to"].Value), confidence: 0.8m)),

        // 控制在33个工作日内 / 不超过 / 不高于 / 压缩至 / 以内
        new(AtMost(), (m, d) => Num(m.Groups["n"].Value) == 0m && m.Groups["word"].Value.StartsWith("控制在", StringComparison.Ordinal)
            ? Numeric(m, d, TargetKinds.Equal, confidence: 0.8m)
            : Numeric(m, d, TargetKinds.AtMost, confidence: 0.9m)),

        // 获得用水流程压减至…2个环节 / 4个工作日装表通气 / 平均审理时间95天: steps and time limits are ceilings
        new(Ceiling(), (m, d) => Numeric(m, d, TargetKinds.AtMost, confidence: 0.7m, note: "环节数和办理时限按上限读")),

        // 下降15%以上 / 减少X% → at_least X on the reduction rate
        new(ReductionRate(), (m, d) => Numeric(m, d, TargetKinds.AtLeast, note: "下降/减少幅度，按降幅不低于该值", confidence: 0.8m)),

        // 60人左右 / 约100份 → about
        new(About(), (m, d) => Numeric(m, d, TargetKinds.About, confidence: 0.85m)),

        // 超过 X → exclusive; 达到/不低于/不少于/以上/突破/提高至/增至 → at_least
        new(AtLeast(), (m, d) => Numeric(m, d, TargetKinds.AtLeast, exclusive: m.Groups["word"].Value.Contains('超'), confidence: m.Groups["tail"].Success || m.Groups["word"].Success ? 0.9m : 0.6m)),


        // 为0 / 清零 / 减少至0件 → equal 0
        new(Zero(), (m, d) => new DraftTarget { Kind = TargetKinds.Equal, Value = 0m, Unit = m.Groups["unit"].Success && m.Groups["unit"].Value.Length > 0 ? m.Groups["unit"].Value : "件", Deadline = d, Source = "", Confidence = 0.7m }),

        // 同比上升/增长 (no number) → growth > 0; 同比下降 → growth < 0; 不下滑 → ≥ 0
        new(Direction(), (m, d) => m.Groups["w"].Value switch
        {
            "不下滑" => new DraftTarget { Kind = TargetKinds.AtLeast, Value = 0m, Unit = "%", Deadline = d, Source = "", Confidence = 0.75m, Note = "不下滑：增长率不低于0" },
            var w when w.Contains("下降", StringComparison.Ordinal) || w.Contains("减少", StringComparison.Ordinal) => new DraftTarget { Kind = TargetKinds.AtMost, Value = 0m, Exclusive = true, Unit = "%", Deadline = d, Source = "", Confidence = 0.75m, Note = "同比下降：增长率小于0" },
            _ => new DraftTarget { Kind = TargetKinds.AtLeast, Value = 0m, Exclusive = true, Unit = "%", Deadline = d, Source = "", Confidence = 0.75m, Note = "同比上升：增长率大于0" },
        }),
    ];

    private static IEnumerable<DraftTarget> ListTargets(Match m, DateOnly deadline)
    {
        var word = m.Groups["word"].Value;
        var kind = word is "不超过" or "不高于" or "控制在" or "压缩至" ? TargetKinds.AtMost : TargetKinds.AtLeast;
        var unit = m.Groups["unit"].Value is { Length: > 0 } u ? u : "%";
        foreach (Capture c in m.Groups["item"].Captures)
        {
            yield return new DraftTarget { Kind = kind, Value = Num(c.Value), Unit = unit, Deadline = deadline, Exclusive = word.Contains('超') && kind == TargetKinds.AtLeast, Source = "", Confidence = 0.85m, Note = "“分别”列举的多个值" };
        }
    }

    private static DraftTarget? Numeric(Match m, DateOnly deadline, TargetKind kind, decimal? baseline = null, decimal? value2 = null, bool exclusive = false, string? note = null, decimal confidence = 0.8m)
    {
        // A Chinese numeral ("一个综合测绘事项", "一次性") names a way of working unless a comparison word governs it.
        if (m.Groups["n"].Value is [var c] && !char.IsAsciiDigit(c) && !m.Groups["word"].Success)
        {
            return null;
        }

        var value = Num(m.Groups["n"].Value);
        var unit = m.Groups["unit"].Value is { Length: > 0 } u ? (u == "％" ? "%" : u) : m.Groups["unit2"].Value;
        if (unit.Length == 0 || unit == "年")
        {
            return null;
        }

        return new DraftTarget
        {
            Kind = kind,
            Value = value,
            Value2 = value2,
            Baseline = baseline,
            Unit = unit,
            Deadline = deadline,
            Exclusive = exclusive,
            Source = "",
            Confidence = confidence,
            Note = note,
        };
    }

    /// <summary>The deadline a sentence states: X月(底)前 → that month's end; 年底/全年/年内 → 31 December; a later year → its end.</summary>
    public static DateOnly? Deadline(string sentence, int year)
    {
        sentence = InputText.Normalize(sentence);
        var month = MonthBefore().Match(sentence);
        if (month.Success)
        {
            var m = int.Parse(month.Groups["m"].Value, CultureInfo.InvariantCulture);
            // A year the text writes with the month ("2022年10月底前") is the deadline's, whatever the ledger year.
            var written = month.Groups["y"].Success ? int.Parse(month.Groups["y"].Value, CultureInfo.InvariantCulture) : year;
            if (m is >= 1 and <= 12 && Math.Abs(written - year) < 20)
            {
                return new DateOnly(written, m, 1).AddMonths(1).AddDays(-1);
            }
        }

        if (sentence.Contains("十四五末", StringComparison.Ordinal) || sentence.Contains("“十四五”末", StringComparison.Ordinal))
        {
            return new DateOnly(2025, 12, 31);
        }

        var later = LaterYear().Match(sentence);
        if (later.Success && int.TryParse(later.Groups["y"].Value, CultureInfo.InvariantCulture, out var y) && y > year && y < year + 20)
        {
            return new DateOnly(y, 12, 31);
        }

        return YearEnd().IsMatch(sentence) ? new DateOnly(year, 12, 31) : null;
    }

    // A run of more digits than a decimal holds (a pasted serial number, a hostile file) is no target value; read
    // as one it would overflow.
    private static bool Overlong(string match)
    {
        var run = 0;
        foreach (var c in match)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run > 28)
            {
                return true;
            }
        }

        return false;
    }

    // A threshold that names who qualifies ("多缴税额不超过1万元的") is not a target; nor a number inside quotes (a name).
    private static bool Excluded(string text, int start, int end)
    {
        var after = end < text.Length ? text[end] : '\0';
        if (after == '的' || (end + 1 < text.Length && text.AsSpan(end, 2).SequenceEqual("以下".AsSpan()) && end + 2 < text.Length && text[end + 2] == '的'))
        {
            return true;
        }

        var open = text.LastIndexOf('“', start);
        var close = text.LastIndexOf('”', start);
        return open > close && text.IndexOf('”', start) >= end;
    }

    private static decimal Num(string s) => s switch
    {
        "一" => 1m,
        "两" or "二" => 2m,
        "三" => 3m,
        "四" => 4m,
        "五" => 5m,
        "六" => 6m,
        "七" => 7m,
        "八" => 8m,
        "九" => 9m,
        "十" => 10m,
        _ => decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture),
    };

    private static IEnumerable<(string Text, int Start)> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '；' or ';')
            {
                yield return (text[start..(i + 1)], start);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return (text[start..], start);
        }
    }

    private static string FirstClause(string text)
    {
        var end = text.IndexOfAny(['。', '；', '，']);
        return end > 0 ? text[..end] : text;
    }

    private const string Number = @"(?<n>\d+(?:\.\d+)?|[一两二三四五六七八九十])";

    [GeneratedRegex(@"师生比\s*(?:达到|为|不低于)?\s*1\s*[:：]\s*(?<n>\d+(?:\.\d+)?)")]
    private static partial Regex PupilRatio();

    [GeneratedRegex(@"由\s*(?<from>\d+(?:\.\d+)?)\s*(?:" + Units + @")?\s*(?:(?<down>降至|降低至|下降至|减少至|压缩至|缩短至|降低到|下降到)|(?<up>提高至|提升至|提高到|提升到|增至|增加至|增长至|增长到))\s*" + Number + @"\s*(?<unit>" + Units + ")")]
    private static partial Regex Baseline();

    [GeneratedRegex(Number + @"\s*(?:" + Units + @")?\s*(?:-|－|—|~|～|至|到)\s*(?<to>\d+(?:\.\d+)?)\s*(?<unit>" + Units + ")")]
    private static partial Regex Range();

    [GeneratedRegex(@"(?<word>控制在|不超过|不高于|不多于|压缩至|压减至|缩短至|减少至|降至|降低至|(?<!不)少于|(?<!不)低于|最多)\s*" + Number + @"\s*(?<unit>" + Units + @")\s*(?:以内|以下|内)?|" + Number + @"\s*(?<unit>" + Units + @")\s*(?:以内|之内)|" + Number + @"\s*(?<unit>个工作日|工作日|小时|分钟|天)\s*内")]
    private static partial Regex AtMost();

    [GeneratedRegex(@"(?<word>不低于|不少于|达到|不超过|不高于|超过)\s*(?<item>\d+(?:\.\d+)?)\s*(?<unit>%|％|个|家|项|亿元|万元)?(?:\s*、\s*(?<item>\d+(?:\.\d+)?)\s*(?:%|％|个|家|项|亿元|万元)?)+")]
    private static partial Regex List();

    [GeneratedRegex(Number + @"\s*(?<unit>个环节)|(?:时间|时限|用时)\s*" + Number + @"\s*(?<unit>个工作日|工作日|天|小时)|" + Number + @"\s*(?<unit>个工作日)(?!内|以内)")]
    private static partial Regex Ceiling();

    [GeneratedRegex(@"(?:下降|减少|降低|压减|压缩)\s*" + Number + @"\s*(?<unit>%|％|个百分点)\s*(?:以上)?")]
    private static partial Regex ReductionRate();

    [GeneratedRegex(@"(?<word>达到|达|不低于|不少于|超过|超|突破|提高至|提高到|提升至|提升到|增至|增加至|增长至|增长|增加|新增|完成|实现|保持|力争|确保|推进|培育|引进|建成|建设|打造|组织|开展|举办|认定|推动|打造)?\s*" + Number + @"\s*(?<unit>" + Units + @")\s*(?<tail>以上|及以上)?")]
    private static partial Regex AtLeast();

    [GeneratedRegex(@"(?:约\s*" + Number + @"\s*(?<unit>" + Units + @")|" + Number + @"\s*(?<unit>" + Units + @")\s*左右)")]
    private static partial Regex About();

    [GeneratedRegex(@"(?:为|清零|减少至|降至|控制在)\s*0\s*(?<unit>" + Units + @")?|清零")]
    private static partial Regex Zero();

    [GeneratedRegex(@"(?<w>同比(?:上升|增长|提高|下降|减少)|比上年(?:增长|上升|下降)|较上一年实现增长|比年初增长|不下滑)")]
    private static partial Regex Direction();

    [GeneratedRegex(@"(?:(?<y>20\d\d)\s*年\s*)?(?<m>1[0-2]|[1-9])\s*月(?:底|末)?(?:之)?前")]
    private static partial Regex MonthBefore();

    [GeneratedRegex(@"(?<y>20\d\d)\s*年")]
    private static partial Regex LaterYear();

    [GeneratedRegex(@"年底|年末|全年|年内|12月底")]
    private static partial Regex YearEnd();

    [GeneratedRegex(@"或")]
    private static partial Regex EitherOr();
}
