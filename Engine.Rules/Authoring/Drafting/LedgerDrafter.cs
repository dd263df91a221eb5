using System.Text.RegularExpressions;
using Engine.Rules.Assessment;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Authoring;

/// <summary>
/// Turns a new ledger's tasks into a format-v1 ledger whose targets are proposals: every target is marked
/// draft, with the grammar's confidence and, where the reading is uncertain, a note. The result passes
/// <c>engine check</c>; <c>engine lint</c> points at what needs a human look.
/// </summary>
internal static partial class LedgerDrafter
{
    /// <summary>The lead given to a task whose text names none: the format needs one, and a reviewer sees it at once.</summary>
    public const string UndecidedLead = "待定";

    public static Ledger Draft(IReadOnlyList<DraftRow> rows, string id, string title, int year)
    {
        var areas = new List<Area>();
        var tasks = new List<LedgerTask>();
        foreach (var group in rows.GroupBy(r => (r.AreaNo, r.AreaName)))
        {
            var area = new Area(group.Key.AreaNo, group.Key.AreaName, $"area-{areas.Count + 1:D2}.json");
            areas.Add(area);
            foreach (var row in group)
            {
                // A completion time with a year is the item's as written; one without ("6月底前", "三年内") is read against the ledger year.
                var due = row.Deadline ?? (row.Due is { } words ? TargetGrammar.Deadline(words, year) : null);
                var draft = TargetGrammar.Draft(row.Text, year, due);
                var targets = draft.Targets.Select((t, i) => Proposal(Doubted(t, row), $"{row.TaskNo}.{i + 1}", row)).ToList();
                tasks.Add(new LedgerTask
                {
                    No = row.TaskNo,
                    Area = area,
                    // A task whose measure could not be read keeps the format valid under its area; lint and review catch it.
                    Measure = row.MeasureNo > 0 && row.MeasureName.Length > 0 ? new Measure(row.MeasureNo, row.MeasureName) : new Measure(Math.Max(1, row.MeasureNo), row.AreaName),
                    Lead = row.Lead.Count > 0 ? row.Lead : [UndecidedLead],
                    Responsible = row.Responsible,
                    Text = row.Text,
                    Combine = draft.Combine,
                    Remark = row.Remark,
                    Targets = targets,
                });
            }
        }

        // A deadline the text dates before the ledger year ("2023年9月底前" in a 2024 draft) must not fall before the
        // period, or the draft would fail its own check: the period starts with the earliest year a deadline names.
        var first = tasks.SelectMany(t => t.Targets).Select(t => t.Deadline.Year).Append(year).Min();
        return new Ledger(id, title, new Period(new DateOnly(first, 1, 1), new DateOnly(year, 12, 31)), StatusLabels.Default, 0m, areas, tasks, "draft");
    }

    /// <summary>A target of a task whose lead was not read, or only guessed, is less sure, and says why.</summary>
    private static DraftTarget Doubted(DraftTarget t, DraftRow row)
    {
        var (confidence, why) = row.Lead.Count == 0
            ? (0.5m, $"牵头单位未读出，暂填“{UndecidedLead}”，请补上")
            : row.LeadGuessed ? (0.7m, "未标明牵头单位，暂以所列第一个单位为牵头单位，请核对") : (1m, null);
        return why is null ? t : t with { Confidence = Math.Min(t.Confidence, confidence), Note = t.Note is { } n ? $"{n}；{why}" : why };
    }

    private static Target Proposal(DraftTarget t, string id, DraftRow row)
    {
        var (nature, natureConfidence) = NatureWords.Propose(t.Kind, t.Unit, t.Value, Clause(t, row.Text));
        return new Target
        {
            Id = id,
            TaskNo = row.TaskNo,
            Metric = Metric(t, row.Text),
            Kind = t.Kind,
            Nature = nature,
            NatureGiven = true,
            Value = t.Kind.Takes("value") ? t.Value : null,
            Value2 = t.Value2,
            Baseline = t.Baseline,
            Unit = t.Unit,
            Deadline = t.Deadline,
            Exclusive = t.Exclusive,
            Schedule = Natures.DefaultSchedule(nature, t.Baseline),
            Slack = 0m,
            Source = t.Source,
            Note = t.Note,
            Draft = true,
            Confidence = t.Confidence,
            // A milestone is cumulative by definition: there is nothing to be unsure of.
            NatureConfidence = t.Kind.MeasuresCompletion ? null : natureConfidence,
        };
    }

    /// <summary>The words of the target's clause up to and including its source: what the figure is of and how it is counted.</summary>
    private static string Clause(DraftTarget t, string text)
    {
        var at = Math.Clamp(t.Position, 0, text.Length);
        var start = at > 0 ? text.LastIndexOfAny(['，', '。', '；', ','], at - 1) + 1 : 0;
        return text[start..at] + t.Source;
    }

    /// <summary>A short name for what is measured: the words before the number, without the lead-in ("到2023年年底，").</summary>
    private static string Metric(DraftTarget t, string text)
    {
        // The subject usually stands just before the comparison: "平均时间由5天压缩至2天" → "平均时间".
        var clauseStart = text.LastIndexOfAny(['，', '。', '；', ','], Math.Max(0, t.Position - 1)) + 1;
        var before = t.Position > clauseStart ? LeadIn().Replace(text[clauseStart..t.Position], "").Trim('，', '、', ' ') : "";
        if (!t.Kind.MeasuresCompletion && before.Length >= 2)
        {
            return before.Length > 30 ? before[^30..] : before;
        }

        if (t.Kind.MeasuresCompletion)
        {
            var clause = t.Source.Split('，', '。', '；')[0];
            return clause.Length > 30 ? clause[..30] : clause;
        }

        var head = Comparison().Split(t.Source)[0];
        head = LeadIn().Replace(head, "").Trim('，', '、', ' ');
        return head.Length switch
        {
            0 => t.Source.Length > 30 ? t.Source[..30] : t.Source,
            > 30 => head[^30..],
            _ => head,
        };
    }

    [GeneratedRegex(@"达到|不低于|不少于|超过|突破|控制在|不超过|不高于|压缩至|降至|提高至|提升至|增至|分别|由|约|\d")]
    private static partial Regex Comparison();

    [GeneratedRegex(@"^.*?(?:年底|年末|月底前|月前|全年|年内)[，,]?")]
    private static partial Regex LeadIn();
}
