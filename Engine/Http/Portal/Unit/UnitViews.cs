using System.Globalization;
using Engine.Http.Access;
using Engine.Http.Catalog;
using Engine.Http.Endpoints;
using Engine.Http.Portal.Pages;
using Engine.Http.Store;
using Engine.Rules.Assessment;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Http.Portal.Unit;

/// <summary>
/// Builds what a unit's page shows: its tasks (lead or responsible, units compared by canonical name, as
/// <see cref="AccessRules.Forbidden"/> compares them) assessed from the stored figures as
/// <c>GET /v1/ledgers/{id}/assessment</c> assesses them, and the history of its targets. The bureau's
/// "a unit as it sees its page" can build the same view with <c>caller: null</c> (no withdraw forms).
/// </summary>
internal static class UnitViews
{
    /// <summary>The unit's page as of <paramref name="asOf"/> for one entity, with the form's rows as typed (by target id) when given.</summary>
    public static UnitPageView Build(ApiServices api, LedgerEntry entry, ServedRevision served, string unit, Caller? caller, string entity, DateOnly asOf, PortalText text, IReadOnlyDictionary<string, UnitFieldView>? typed = null)
    {
        var ledger = served.Ledger;
        var lang = text.English ? Language.En : Language.Zh;
        var words = new UnitText(text);
        var tasks = TasksOf(ledger, unit);

        // The stored figures in force, taken in and assessed by the served revision's evaluator, as the assessment endpoint does.
        var figures = FigureSet.From(AssessmentEndpoints.Intake(ledger, api.Store.Latest(entry.Id, entity)));
        var assessment = served.Evaluator.Assess(figures, entity, asOf);
        var byTarget = assessment.Tasks.SelectMany(t => t.Targets).ToDictionary(t => t.Target.Id, StringComparer.Ordinal);
        var owned = tasks.SelectMany(t => t.Targets).Where(t => byTarget.ContainsKey(t.Id)).Select(t => byTarget[t.Id]).ToList();
        var due = Ordered(owned.Where(NeedsReport));
        var others = Ordered(owned.Where(t => !NeedsReport(t)));
        var defaultAsOf = IsoDate.Format(DefaultReportDate(ledger, asOf));

        // Every stored version of the unit's targets: the history below, and who stored each figure in force.
        var versions = tasks.SelectMany(t => t.Targets).SelectMany(t => api.Store.History(entry.Id, t.Id, null)).ToList();
        var byId = versions.ToDictionary(v => v.Id);
        var index = 0;
        UnitTargetView View(TargetAssessment t) => Target(byId, ledger, t, index++, lang, words,
            typed is not null && typed.TryGetValue(t.Target.Id, out var field) ? field : new UnitFieldView("", defaultAsOf, entity));
        var dueViews = due.Select(View).ToList();
        var otherViews = others.Select(View).ToList();
        return new UnitPageView(entry.Id, ledger.Title, unit, TargetPhrases.Date(asOf, lang), dueViews, otherViews, entity, EntitiesFor(ledger, caller),
            History(versions, ledger, caller, words, lang));
    }

    /// <summary>The tasks the unit leads or shares, by the canonical name of every unit they name.</summary>
    public static IReadOnlyList<LedgerTask> TasksOf(Ledger ledger, string unit) =>
        [.. ledger.Tasks.Where(task => task.Lead.Concat(task.Responsible).Any(u => ledger.Units.Same(u, unit)))];

    /// <summary>The entities this key reports for, when several: the ledger's, narrowed to the key's own; empty when there is one choice.</summary>
    public static IReadOnlyList<string> EntitiesFor(Ledger ledger, Caller? caller)
    {
        var allowed = caller is { IsAdmin: false, Entities.Count: > 0 } ? [.. ledger.Entities.Where(e => caller.Entities.Contains(e, StringComparer.Ordinal))] : ledger.Entities;
        return allowed.Count > 1 ? allowed : [];
    }

    /// <summary>The entity the page is for: the one asked for if the key reports for it, else the first it does (<c>""</c>: the ledger declares none).</summary>
    public static string EntityFor(Ledger ledger, Caller? caller, string? asked)
    {
        if (ledger.Entities.Count == 0)
        {
            return "";
        }

        var allowed = caller is { IsAdmin: false, Entities.Count: > 0 } ? [.. ledger.Entities.Where(e => caller.Entities.Contains(e, StringComparer.Ordinal))] : ledger.Entities;
        return asked is not null && allowed.Contains(asked, StringComparer.Ordinal) ? asked : allowed.Count > 0 ? allowed[0] : "";
    }

    /// <summary>
    /// The 报送截至日期 a new figure is for by default: the last reporting-cycle end on or before the day (no grace:
    /// the cycle has ended, its figure can be reported), never after the period; the day itself without a cycle.
    /// </summary>
    public static DateOnly DefaultReportDate(Ledger ledger, DateOnly day)
    {
        var end = ledger.Reporting is { } cycle ? new ReportingCycle(cycle.Months, 0).ReportDueBy(ledger.Period, day) ?? day : day;
        return end > ledger.Period.End ? ledger.Period.End : end < ledger.Period.Start ? ledger.Period.Start : end;
    }

    /// <summary>Today as the ledgers count days: China Standard Time (UTC+8, no daylight saving), whatever the server's zone.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(ChinaTime).DateTime);

    private static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);

    private static bool NeedsReport(TargetAssessment t) => t.Status == Rules.Ledgers.Status.NoData || t.Stale;

    private static List<TargetAssessment> Ordered(IEnumerable<TargetAssessment> targets) =>
        [.. targets.Select((t, i) => (t, i)).OrderBy(p => p.t.Target.Deadline).ThenBy(p => p.i).Select(p => p.t)];

    private static UnitTargetView Target(Dictionary<long, StoredFigure> stored, Ledger ledger, TargetAssessment t, int index, Language lang, UnitText words, UnitFieldView field)
    {
        var target = t.Target;
        var task = ledger.Task(target.TaskNo);
        string? last = null;
        string? by = null;
        if (t.Figure is { } figure)
        {
            last = words.Figure(TargetPhrases.Amount(figure.Value, TargetPhrases.FigureUnit(target)), TargetPhrases.Date(figure.AsOf, lang));

            // A figure from the store carries its stored version's id as its line.
            if (stored.TryGetValue(figure.Line, out var version))
            {
                by = words.ReportedBy(version.SubmitterUnit ?? words.Bureau, When(version.StoredAt, lang));
            }
        }

        var problems = TaskExplainer.Problems(TaskAssessment.Alone(t), lang);
        return new UnitTargetView(target.Id, index, target.Metric, words.Task(task.No, task.Text), TargetPhrases.Words(target, lang), TargetPhrases.Date(target.Deadline, lang),
            Statuses.Of(t.Status).Name, StatusLabels.In(ledger, lang).For(t.Status), t.Stale, TargetPhrases.Number(Semantics.TargetPercent(t.Progress)) + "%",
            last, by, problems.Length == 0 ? null : problems, TargetPhrases.FigureUnit(target), field);
    }

    /// <summary>A stored time in China Standard Time, to the minute.</summary>
    public static string When(DateTimeOffset at, Language lang)
    {
        var local = at.ToOffset(ChinaTime);
        var time = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        return lang == Language.Zh ? $"{IsoDate.Written(DateOnly.FromDateTime(local.DateTime))} {time}" : local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>Most versions shown: the newest; older ones are in GET /v1/ledgers/{id}/figures.</summary>
    private const int HistoryRows = 200;

    private static List<UnitHistoryRow> History(List<StoredFigure> versions, Ledger ledger, Caller? caller, UnitText words, Language lang)
    {

        // The version in force of each (entity, target, as_of): the latest that neither withdraws nor was withdrawn.
        var inForce = versions.Where(v => v.Withdraws is null && v.WithdrawnBy is null)
            .GroupBy(v => (v.Entity, v.Target, v.AsOf)).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Version)!);
        return [.. versions.OrderByDescending(v => v.Id).Take(HistoryRows).Select(v =>
        {
            var target = ledger.TryGetTarget(v.Target, out var t) ? t : null;
            var current = inForce.GetValueOrDefault((v.Entity, v.Target, v.AsOf));
            var state = v.Withdraws is not null ? words.Withdrawal : v.WithdrawnBy is not null ? words.Withdrawn : current?.Id == v.Id ? words.InForce : words.Superseded;
            var may = caller is not null && Withdrawal.Refused(v, x => FigureEndpoints.WithdrawRefusal(caller, ledger, x), () => current) is null;
            var value = v.Withdraws is not null ? "" : target is null ? v.Value : v.Value + TargetPhrases.FigureUnit(target);
            return new UnitHistoryRow(v.Id, v.Target, target?.Metric ?? v.Target, v.Entity, IsoDate.TryRead(v.AsOf, out var d, out _) ? TargetPhrases.Date(d, lang) : v.AsOf,
                value, v.Version, v.SubmitterUnit ?? words.Bureau, When(v.StoredAt, lang), state, may);
        })];
    }
}
