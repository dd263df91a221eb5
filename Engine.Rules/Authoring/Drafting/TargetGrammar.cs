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
    // The count units the grammar knows. A count may carry 万 or 亿 before any of them ("2万名", "3万亩", "1.2亿元"),
    // so the scaled forms are not listed. Longer units come before their prefixes (个工作日 before 个, 人次 before 人).
    private const string KnownUnits = "个工作日|工作日|个百分点|个环节|千瓦|兆瓦|TEU|标箱|人次|元/生/年|元/人月|件/人|生/师|批次|小时|分钟|平方公里|公里|公顷|平方米|立方米|家次|场次|%|％|个|家|项|件|次|天|日|名|位|条|场|例|人|元|吨|枚|台|周|份|宗|笔|张|册|亩|所|户|批|倍|秒|年|套|种|处|座|辆|艘";

    private const string Units = "(?:万亿|[万亿])?(?:" + KnownUnits + ")";

    /// <summary>The targets of a task text; <paramref name="due"/> (an item's completion time) dates the sentences that name no deadline.</summary>
    public static TaskDraft Draft(string text, int year, DateOnly? due = null)
    {
        var fallback = due ?? new DateOnly(year, 12, 31);
        text = InputText.Normalize(text);
        var targets = new List<DraftTarget>();
        var taken = new List<(int Start, int End)>();
        foreach (var sentence in Sentences(text))
        {
            var clauses = ClauseDeadlines(sentence.Text, year);
            foreach (var rule in Rules)
            {
                foreach (Match m in rule.Pattern.Matches(sentence.Text))
                {
                    var start = sentence.Start + m.Index;
                    var end = start + m.Length;
                    if (taken.Any(t => start < t.End && end > t.Start) || Excluded(text, start, end) || Overlong(m.Value) || NameOrPolicy(text, start, end, m))
                    {
                        continue;
                    }

                    var deadline = DeadlineAt(clauses, m.Index) ?? fallback;
                    var made = rule.MakeMany is { } many ? many(m, deadline).ToList() : rule.Make(m, deadline) is { } one ? [one] : [];
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

        // 建成驿站12处以上 / 不少于8栋: a measure word on no list is a unit when a comparison governs the number; the
        // known list only makes the reading surer, so these are proposed less sure.
        new(OpenUnit(), (m, d) => OpenMeasure().IsMatch(m.Groups["unit"].Value[^1..])
            ? Numeric(m, d, m.Groups["tail"].Value == "左右" ? TargetKinds.About : TargetKinds.AtLeast, exclusive: m.Groups["word"].Value.Contains('超'), confidence: 0.6m, note: $"“{m.Groups["unit"].Value}”不在已知单位中，请核对单位")
            : null),

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

        // "培育一批" / "建设一批" names a set of no stated size: the task is a milestone, not at least one batch.
        if (m.Groups["n"].Value == "一" && unit == "批")
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

    /// <summary>
    /// The deadline a sentence states: X月(底)前 → that month's end; "十四五"末 → 2025's end; N年内 → the end of the Nth
    /// year counting the document's; 20XX年底 → that year's end; 年底/全年/年内 → 31 December; a later year → its end.
    /// </summary>
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

        // A five-year plan's end: "十四五" runs 2021–2025, "十五五" 2026–2030.
        if (PlanEnd().Match(sentence) is { Success: true } plan)
        {
            return new DateOnly(plan.Groups["p"].Value == "四" ? 2025 : 2030, 12, 31);
        }

        // "三年内" / "2年内" counts from the document's year: a three-year plan of 2024 ends with 2026.
        if (WithinYears().Match(sentence) is { Success: true } within)
        {
            var n = within.Groups["n"].Value;
            var count = char.IsAsciiDigit(n[0]) ? int.Parse(n, CultureInfo.InvariantCulture) : (int)Num(n);
            if (count is >= 1 and <= 10)
            {
                return new DateOnly(year + count - 1, 12, 31);
            }
        }

        // A year written with 底/末 ("2023年底前") is the deadline's, even one before the ledger year.
        var stated = StatedYearEnd().Match(sentence);
        if (stated.Success && int.Parse(stated.Groups["y"].Value, CultureInfo.InvariantCulture) is var sy && Math.Abs(sy - year) < 20)
        {
            return new DateOnly(sy, 12, 31);
        }

        var later = LaterYear().Match(sentence);
        if (later.Success && int.TryParse(later.Groups["y"].Value, CultureInfo.InvariantCulture, out var y) && y > year && y < year + 20)
        {
            return new DateOnly(y, 12, 31);
        }

        return YearEnd().IsMatch(sentence) ? new DateOnly(year, 12, 31) : null;
    }

    /// <summary>The deadline each clause (between commas) of a sentence states, with where the clause starts.</summary>
    private static List<(int Start, DateOnly Deadline)> ClauseDeadlines(string sentence, int year)
    {
        var found = new List<(int, DateOnly)>();
        var start = 0;
        for (var i = 0; i <= sentence.Length; i++)
        {
            if (i == sentence.Length || sentence[i] is '，' or ',')
            {
                if (i > start && Deadline(sentence[start..i], year) is { } d)
                {
                    found.Add((start, d));
                }

                start = i + 1;
            }
        }

        return found;
    }

    // A target takes the deadline of its own clause, else of the nearest clause before it that states one ("2024年3月底前
    // 出台…，2024年9月底前完成…500名，…" dates each figure by its own clause); a figure before every stated deadline
    // takes the sentence's first ("新增20项，6月底前完成").
    private static DateOnly? DeadlineAt(List<(int Start, DateOnly Deadline)> clauses, int at)
    {
        // Clauses are in reading order: a binary search keeps a long sentence of many dated clauses linear enough.
        int low = 0, high = clauses.Count - 1, before = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (clauses[mid].Start <= at)
            {
                before = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return before >= 0 ? clauses[before].Deadline : clauses.Count > 0 ? clauses[0].Deadline : null;
    }

    // A number that is part of a name, or a policy's terms rather than a goal, is no target:
    // - followed by a name word ("30人论坛", "12345热线") or a Latin letter ("5G");
    // - a cap of support ("给予最高300万元奖励", "最高补助15%", "资助最高不超过30万元");
    // - the count of pilots or projects a task describes ("推进3个省级…试点建设") unless a comparison governs it.
    private static bool NameOrPolicy(string text, int start, int end, Match m)
    {
        if (end < text.Length && (NameWord().IsMatch(text.AsSpan(end)) || char.IsAsciiLetter(text[end])))
        {
            return true;
        }

        // The clause around the number, at most ClauseReach characters either side: a line of no punctuation (a
        // hostile file) must not make every number copy the whole line.
        var from = Math.Max(0, start - ClauseReach);
        var clauseStart = start == 0 ? 0 : text.LastIndexOfAny(ClauseEnds, start - 1, start - from) + 1 is var b && b > 0 ? b : from;
        var clauseEnd = text.IndexOfAny(ClauseEnds, end, Math.Min(ClauseReach, text.Length - end)) is var e and >= 0 ? e : Math.Min(text.Length, end + ClauseReach);
        var clause = text[clauseStart..clauseEnd];
        if (Support().IsMatch(clause) && Cap().IsMatch(text.AsSpan(clauseStart, end - clauseStart)))
        {
            return true;
        }

        var word = m.Groups["word"].Value;
        return !Governing().IsMatch(word) && !m.Groups["tail"].Success && !m.Value.Contains("左右", StringComparison.Ordinal) && !m.Value.Contains('约')
            && PilotNoun().IsMatch(text.AsSpan(end, clauseEnd - end));
    }

    private static readonly char[] ClauseEnds = ['，', ',', '。', '；', ';'];

    private const int ClauseReach = 200;

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

        return Inside(text, start, end, '“', '”') || Inside(text, start, end, '《', '》');
    }

    private static bool Inside(string text, int start, int end, char open, char close)
    {
        var opened = text.LastIndexOf(open, start);
        var closed = start > 0 ? text.LastIndexOf(close, start - 1) : -1;
        return opened > closed && text.IndexOf(close, start) >= end;
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

    // A comparison word or tail governing a number followed by a measure word the list does not know.
    [GeneratedRegex(@"(?<word>达到|达|不低于|不少于|超过|超|突破|多于|高于)\s*" + Number + @"\s*(?<unit>(?:万亿|[万亿])?\p{IsCJKUnifiedIdeographs})\s*(?<tail>以上|及以上|左右)?|" + Number + @"\s*(?<unit>(?:万亿|[万亿])?\p{IsCJKUnifiedIdeographs})\s*(?<tail>以上|及以上|左右)")]
    private static partial Regex OpenUnit();

    // What a measure word is not: function words, time words, number words and place levels that follow numbers.
    [GeneratedRegex(@"^[^年月以左及和与或至到多余万亿千百十的是为在后前内外中上下号期届轮等之个级省市区县镇村第各]$")]
    private static partial Regex OpenMeasure();

    [GeneratedRegex(@"^(?:论坛|工程|计划|行动|热线|专线|峰会|大会|号文|战略|条措施|条意见|条政策)")]
    private static partial Regex NameWord();

    [GeneratedRegex(@"补助|补贴|奖励|资助|奖补|贴息|扶持资金")]
    private static partial Regex Support();

    [GeneratedRegex(@"最高|最多|不超过|上限|给予")]
    private static partial Regex Cap();

    [GeneratedRegex(@"^(?:达到|达|不低于|不少于|超过|超|突破|提高至|提高到|提升至|提升到|增至|增加至|增长至|多于|高于)$")]
    private static partial Regex Governing();

    // A count standing before the noun it counts, which names pilots or projects ("3个省级产教融合试点建设").
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}[^，,。；;]*?(?:试点|示范区|示范点|项目)")]
    private static partial Regex PilotNoun();

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

    [GeneratedRegex(@"(?<y>20\d\d)\s*年\s*(?:底|末|年底|年末)")]
    private static partial Regex StatedYearEnd();

    [GeneratedRegex(@"(?<![\d年])(?<n>[一二两三四五六七八九十]|\d{1,2})\s*年(?:之)?内")]
    private static partial Regex WithinYears();

    [GeneratedRegex(@"“?十(?<p>[四五])五”?(?:期)?末")]
    private static partial Regex PlanEnd();

    [GeneratedRegex(@"年底|年末|全年|年内|12月底")]
    private static partial Regex YearEnd();

    [GeneratedRegex(@"或")]
    private static partial Regex EitherOr();
}
