using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Assessment;

/// <summary>
/// The one entry point that the CLI, the HTTP API and library users share: ledger + figures + date → assessments.
/// It reads no clock; the as-of date is always given.
/// </summary>
public sealed class Evaluator
{
    private readonly CompiledRuleSet _rules;

    /// <summary>An evaluator for the ledger, with its targets compiled into a rule network (shared by evaluators of the same revision).</summary>
    public Evaluator(Ledger ledger)
        : this(RuleSetCompiler.For(ledger))
    {
    }

    internal Evaluator(CompiledRuleSet rules)
    {
        _rules = rules;
    }

    /// <summary>The ledger this evaluator assesses.</summary>
    public Ledger Ledger => _rules.Ledger;

    internal CompiledRuleSet Rules => _rules;

    /// <summary>
    /// Default as-of date for a figure set: its latest as_of but not after the period end (a figure for a target
    /// due after the period must not move the whole ledger's assessment past it), or the period end when there
    /// are no figures.
    /// </summary>
    public DateOnly DefaultAsOf(FigureSet figures) =>
        figures.LatestAsOf is { } latest && latest < Ledger.Period.End ? latest : Ledger.Period.End;

    /// <summary>
    /// How many (entity, as-of) pairs one rule session assesses together. The Rete network's cost per session and
    /// per node is shared by all of them, which is most of the work for a single pair; beyond a few dozen the
    /// session only grows.
    /// </summary>
    public const int SlotsPerSession = 32;

    /// <summary>How many rule sessions run at once: one per core by default; 1 runs every session on the calling thread.</summary>
    public int Parallelism
    {
        get => _parallelism;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _parallelism = value;
        }
    }

    private readonly int _parallelism = Environment.ProcessorCount;

    /// <summary>
    /// Whether targets get their trend to the deadline (<see cref="TargetAssessment.Projection"/>). On by default;
    /// off for callers that want statuses and progress only: least squares in exact decimals is a large part of
    /// a monthly batch run (bench/RESULTS.md).
    /// </summary>
    public bool Projections { get; init; } = true;

    /// <summary>Assesses the whole ledger as of one date, for every entity the figures name (or the entity <c>""</c> when they name none).</summary>
    /// <param name="figures">The figures, checked and reduced.</param>
    /// <param name="asOf">The assessment date: figures after it are not used, and τ is measured to it.</param>
    /// <param name="progress">Told after each entity: (assessments made, assessments in all).</param>
    public EvaluationResult Evaluate(FigureSet figures, DateOnly asOf, IProgress<(int Done, int Total)>? progress = null)
    {
        var entities = Entities(figures);
        var assessments = new List<EntityAssessment>(entities.Count);
        var sessions = entities.Chunk(SlotsPerSession).Select(chunk => (IReadOnlyList<(string, DateOnly)>)[.. chunk.Select(e => (e, asOf))]);
        foreach (var session in SessionPipeline.InOrder(sessions, slots => Assess(figures, slots), Parallelism))
        {
            foreach (var assessment in session)
            {
                assessments.Add(assessment);
                progress?.Report((assessments.Count, entities.Count));
            }
        }

        return new EvaluationResult(Ledger, asOf, figures.CountsAsOf(asOf), figures.Rejected, assessments);
    }

    /// <summary>
    /// A batch run over several as-of dates with one compiled rule set: one assessment per (entity, as_of),
    /// made lazily as the result's <see cref="EvaluationResult.Assessments"/> are read, so writers can stream them.
    /// </summary>
    public EvaluationResult Evaluate(FigureSet figures, IReadOnlyList<DateOnly> dates, IProgress<(int Done, int Total)>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfZero(dates.Count);
        var ordered = dates.Distinct().Order().ToList();
        var counts = ordered.ToDictionary(d => d, figures.CountsAsOf);
        var last = ordered[^1];
        var assessments = new AssessmentSequence(slots => Assess(figures, slots), Entities(figures), ordered, SlotsPerSession, Parallelism, progress);
        return new EvaluationResult(Ledger, last, counts[last], figures.Rejected, assessments) { AsOfDates = ordered, CountsByDate = counts };
    }

    /// <summary>Every month end of the period up to the latest figure (or the latest figure's date when none comes before it).</summary>
    public IReadOnlyList<DateOnly> MonthEnds(FigureSet figures)
    {
        var latest = DefaultAsOf(figures);
        var ends = new List<DateOnly>();
        for (var month = new DateOnly(Ledger.Period.Start.Year, Ledger.Period.Start.Month, 1); ; month = month.AddMonths(1))
        {
            var end = month.AddMonths(1).AddDays(-1);
            if (end > latest || end > Ledger.Period.End)
            {
                break;
            }

            ends.Add(end);
        }

        return ends.Count > 0 ? ends : [latest];
    }

    private static IReadOnlyList<string> Entities(FigureSet figures) => figures.Entities.Count > 0 ? figures.Entities : [""];

    /// <summary>Assesses the whole ledger for one entity as of one date.</summary>
    public EntityAssessment Assess(FigureSet figures, string entity, DateOnly asOf) => Assess(figures, [(entity, asOf)])[0];

    /// <summary>Assesses the whole ledger for each (entity, as-of) pair, all in one rule session, in the order given.</summary>
    public IReadOnlyList<EntityAssessment> Assess(FigureSet figures, IReadOnlyList<(string Entity, DateOnly AsOf)> slots)
    {
        var observations = new List<TargetObservation>(Ledger.Targets.Count * slots.Count);
        for (var slot = 0; slot < slots.Count; slot++)
        {
            var (entity, asOf) = slots[slot];
            var reportDue = Ledger.Reporting?.ReportDueBy(Ledger.Period, asOf);
            var ordinal = 0;
            var terms = _rules.Terms;
            foreach (var task in Ledger.Tasks)
            {
                foreach (var target in task.Targets)
                {
                    var atDeadline = asOf >= target.Deadline ? figures.InForce(entity, target.Id, target.Deadline) : null;
                    observations.Add(new TargetObservation(task, target, terms[ordinal], ordinal++, entity, asOf, figures.InForce(entity, target.Id, asOf), Ledger.Period.Start, slot, Trend(figures, target, entity, asOf), atDeadline, Ledger.Reporting, reportDue));
                }
            }
        }

        var bySlot = new List<TaskAssessment>[slots.Count];
        foreach (var task in _rules.Assess(observations, concurrently: Parallelism > 1))
        {
            (bySlot[task.Targets[0].Observation.Slot] ??= new List<TaskAssessment>(Ledger.Tasks.Count)).Add(task);
        }

        var assessments = new EntityAssessment[slots.Count];
        for (var slot = 0; slot < slots.Count; slot++)
        {
            var (entity, asOf) = slots[slot];
            var tasks = bySlot[slot] ?? [];
            tasks.Sort((a, b) => a.Task.No.CompareTo(b.Task.No));
            assessments[slot] = new EntityAssessment(entity, asOf, tasks);
        }

        return assessments;
    }

    /// <summary>The trend of a target's figures, when trends are wanted and there are enough dated figures before its deadline.</summary>
    private Projection? Trend(FigureSet figures, Target target, string entity, DateOnly asOf) =>
        // Most targets lack the dated figures for a trend; counting dates is cheap, drawing the line is not.
        Projections && asOf < target.Deadline && figures.DatesBetween(entity, target.Id, Ledger.Period.Start, asOf < Ledger.Period.End ? asOf : Ledger.Period.End) >= Projection.MinimumPoints
            ? Projection.Of(target, figures.All(entity, target.Id), asOf, Ledger.Period)
            : null;
}
