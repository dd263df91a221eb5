using System.Text.RegularExpressions;
using Engine.Rules.Assessment;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Authoring;

/// <summary>
/// Warnings beyond validity: things a valid rule file can say that are probably not what the analyst meant.
/// Each warning is a located problem whose code is the lint code, so editors and CI can filter by it.
/// </summary>
public static partial class LedgerLinter
{
    /// <summary>A baseline on the wrong side of the value (not below an at_least value, not above an at_most one), so progress ignores it.</summary>
    public const string BaselineSide = "baseline-side";
    /// <summary>A percent target outside 0–100 that is not a growth or change rate.</summary>
    public const string PercentRange = "percent-range";
    /// <summary>A source that asks for a rise (上升, 增长) read as at_least 0 without <c>exclusive</c>, which a figure of 0 would meet.</summary>
    public const string GrowthNotExclusive = "growth-not-exclusive";
    /// <summary>Two targets of a task on the same metric that no single figure can both meet.</summary>
    public const string Contradiction = "contradiction";
    /// <summary>A target that repeats another of its task (same metric, kind, values and deadline).</summary>
    public const string Repetition = "repetition";
    /// <summary>A deadline after the ledger period without a note saying why.</summary>
    public const string DeadlineNote = "deadline-without-note";
    /// <summary>A target's source words that are not in its task's text.</summary>
    public const string SourceNotInText = "source-not-in-text";
    /// <summary>A task whose only target is a milestone while its text holds a number with a unit, probably a missed target.</summary>
    public const string MilestoneWithNumber = "milestone-with-number";
    /// <summary>A drafted target the grammar was less than 80% sure of: check the reading.</summary>
    public const string DraftUnsure = "draft-unsure";
    /// <summary>Two unit names of the ledger that probably name one unit (市市场监管局, 市市场监督管理局) and that its <c>units</c> table does not join.</summary>
    public const string UnitAlias = "unit-alias";
    /// <summary>A level target whose words describe a move (压缩至, 提升至) without a baseline or a schedule of its own, so it is held from the period start.</summary>
    public const string LevelWithoutBaseline = "level-without-baseline";

    /// <summary>A task whose lead is still the drafter's placeholder "待定": the text named no lead unit.</summary>
    public const string LeadUndecided = "lead-undecided";

    /// <summary>Every warning for the ledger, task by task; each is a located problem whose code is one of these constants.</summary>
    public static IReadOnlyList<Problem> Lint(Ledger ledger)
    {
        var warnings = new List<Problem>();
        foreach (var task in ledger.Tasks)
        {
            foreach (var t in task.Targets)
            {
                CheckTarget(ledger, task, t, warnings);
            }

            CheckPairs(task, warnings);
            CheckMilestoneOnly(task, warnings);
            CheckLead(task, warnings);
        }

        UnitAliasLint.Check(ledger, warnings);
        return warnings;
    }

    private static void CheckTarget(Ledger ledger, LedgerTask task, Target t, List<Problem> warnings)
    {
        if (t.Baseline is { } b && t.Value is { } v)
        {
            if (t.Kind.Direction > 0 && b >= v)
            {
                warnings.Add(Warn(t, BaselineSide, $"baseline {b} is not below the {t.Kind.Name} value {v}: progress ignores it (a rise towards {v} starts below it)"));
            }
            else if (t.Kind.Direction < 0 && b <= v)
            {
                warnings.Add(Warn(t, BaselineSide, $"baseline {b} is not above the {t.Kind.Name} value {v}: progress ignores it (a fall towards {v} starts above it)"));
            }
        }

        if (t.Unit is "%" or "％" && !t.Kind.MeasuresCompletion && !IsRate(t))
        {
            foreach (var value in new[] { t.Value, t.Value2 }.OfType<decimal>().Where(x => x is < 0m or > 100m))
            {
                warnings.Add(Warn(t, PercentRange, $"a percent target of {value}% is outside 0–100"));
            }
        }

        if (t.Kind.Direction > 0 && t.Kind.Takes("exclusive") && t.Value == 0m && !t.Exclusive && t.Source is { } s && (s.Contains("上升", StringComparison.Ordinal) || s.Contains("增长", StringComparison.Ordinal)) && !s.Contains("不下滑", StringComparison.Ordinal))
        {
            warnings.Add(Warn(t, GrowthNotExclusive, $"the source says \"{s}\": a rise means growth > 0, so {t.Kind.Name} 0 wants \"exclusive\": true"));
        }

        if (t.Deadline > ledger.Period.End && string.IsNullOrWhiteSpace(t.Note))
        {
            warnings.Add(Warn(t, DeadlineNote, $"the deadline {IsoDate.Format(t.Deadline)} is after the ledger period ({IsoDate.Format(ledger.Period.End)}); say why in a note"));
        }

        if (t.Draft && t.Confidence is < 0.8m)
        {
            warnings.Add(Warn(t, DraftUnsure, $"drafted with confidence {t.Confidence}: check the reading{(t.Note is null ? "" : $" ({t.Note})")}"));
        }

        if (t.Draft && t.NatureConfidence is < 0.8m)
        {
            warnings.Add(Warn(t, DraftUnsure, $"nature {Natures.Name(t.Nature)} proposed from the unit and the value with confidence {t.NatureConfidence}: read the text and give \"nature\" (level for a state at a moment, cumulative for what builds up in the period)"));
        }

        LevelWithoutBaselineLint.Check(t, warnings);

        if (t.Source is { } source && !task.Text.Contains(source, StringComparison.Ordinal))
        {
            warnings.Add(Warn(t, SourceNotInText, $"the source \"{source}\" is not in the text of task {task.No}"));
        }
    }

    private static void CheckPairs(LedgerTask task, List<Problem> warnings)
    {
        for (var i = 0; i < task.Targets.Count; i++)
        {
            for (var j = i + 1; j < task.Targets.Count; j++)
            {
                var (a, b) = (task.Targets[i], task.Targets[j]);
                if (!string.Equals(a.Metric, b.Metric, StringComparison.Ordinal) || a.Kind.MeasuresCompletion || b.Kind.MeasuresCompletion)
                {
                    continue;
                }

                if (a.Kind == b.Kind && a.Value == b.Value && a.Value2 == b.Value2 && a.Deadline == b.Deadline)
                {
                    warnings.Add(Warn(b, Repetition, $"repeats target {a.Id} ({a.Kind.Name} {a.Value} on \"{a.Metric}\")"));
                    continue;
                }

                var (rangeA, rangeB) = (a.Kind.MetRange(a), b.Kind.MetRange(b));
                var (low, high) = (Math.Max(rangeA.Lower, rangeB.Lower), Math.Min(rangeA.Upper, rangeB.Upper));
                if (low > high || (low == high && (Strict(a, low) || Strict(b, low))))
                {
                    warnings.Add(Warn(b, Contradiction, $"no value meets both {Describe(a)} and {Describe(b)} on \"{a.Metric}\""));
                }
            }
        }
    }

    private static void CheckLead(LedgerTask task, List<Problem> warnings)
    {
        if (task.Lead.Contains(LedgerDrafter.UndecidedLead) && task.Targets.Count > 0)
        {
            warnings.Add(Warn(task.Targets[0], LeadUndecided, $"task {task.No}'s lead is \"{LedgerDrafter.UndecidedLead}\": the text named no lead unit; put the lead in"));
        }
    }

    private static void CheckMilestoneOnly(LedgerTask task, List<Problem> warnings)
    {
        if (task.Targets.Count != 1 || !task.Targets[0].Kind.MeasuresCompletion)
        {
            return;
        }

        var match = NumberWithUnit().Match(task.Text);
        if (match.Success)
        {
            warnings.Add(Warn(task.Targets[0], MilestoneWithNumber, $"task {task.No}'s only target is a milestone, but its text holds \"{match.Value}\": is that a target?"));
        }
    }

    // Growth and change rates may be negative or exceed 100%.
    private static bool IsRate(Target t) => t.Metric.EndsWith('率') && (t.Metric.Contains("增长", StringComparison.Ordinal) || t.Metric.Contains("下降", StringComparison.Ordinal) || t.Metric.Contains("增速", StringComparison.Ordinal) || t.Metric.Contains("变化", StringComparison.Ordinal));

    private static bool Strict(Target t, decimal at) => t.Exclusive && t.Value == at;

    private static string Describe(Target t) => $"{t.Id} ({t.Kind.Name} {t.Value}{(t.Value2 is { } v2 ? "–" + v2 : "")}{(t.Exclusive ? ", exclusive" : "")})";

    private static Problem Warn(Target t, string code, string message) =>
        new(t.Location.File, t.Location.Line, t.Location.Column, "", message) { TargetId = t.Id, Code = code };

    [GeneratedRegex(@"\d+(?:\.\d+)?\s*(?:%|％|个工作日|工作日|个|家|项|天|小时|亿元|万元|元|万人|人次|人|次|件|户|条|场|所|名|位|册|公里|千瓦|倍|批)")]
    private static partial Regex NumberWithUnit();
}
