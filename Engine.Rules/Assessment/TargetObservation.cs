using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Assessment;

/// <summary>
/// The fact put into the session for each target of each assessed (entity, as-of): the target,
/// the figure in force (if any) and where the date stands against the target's deadline.
/// </summary>
internal sealed class TargetObservation
{
    public TargetObservation(LedgerTask task, Target target, TargetTerms terms, int ledgerOrdinal, string entity, DateOnly asOf, Figure? figure, DateOnly periodStart, int slot = 0, Projection? projection = null, Figure? atDeadline = null, ReportingCycle? reporting = null, DateOnly? reportDue = null)
    {
        Terms = terms;
        ReportDue = reportDue;
        FigureBeforeReport = figure is not null && reportDue is { } due && figure.AsOf < due;
        // With a cycle, a target missed at its deadline is only lagging until the deadline's report is due.
        DeadlineReportPending = reporting is not null && asOf < target.Deadline.AddDays(reporting.GraceDays) && (figure is null || figure.AsOf < target.Deadline);
        HasFigureAtDeadline = atDeadline is not null;
        ValueAtDeadline = atDeadline?.Value ?? 0m;
        Projection = projection;
        ArgumentOutOfRangeException.ThrowIfNegative(ledgerOrdinal);
        LedgerOrdinal = ledgerOrdinal;
        Slot = slot;
        Alone = task.Targets.Count == 1;
        Task = task;
        Target = target;
        TaskNo = target.TaskNo;
        Entity = entity;
        AsOf = asOf;
        Figure = figure;
        HasFigure = figure is not null;
        Value = figure?.Value ?? 0m;
        DeadlineReached = asOf >= target.Deadline;
        // Semantics v2: τ is taken at the judged date, the figure's own date (a figure from March is judged against
        // March's expectation, however late it is read); without a figure, at the as-of date.
        // With a reporting cycle, never earlier than the report owed: J = max(F, R).
        JudgedAt = figure is null ? asOf : reportDue is { } r && r > figure.AsOf ? r : figure.AsOf;
        Expected = Semantics.ExpectedShare(periodStart, target.Deadline, JudgedAt);
        Required = Expected * (1m - target.Slack);
    }

    public LedgerTask Task { get; }

    /// <summary>The trend of the entity's figures to the deadline, drawn before the rules run; null when there are too few.</summary>
    public Projection? Projection { get; }

    public Target Target { get; }

    /// <summary>The target's numbers and rule class, which the rules of its class read.</summary>
    public TargetTerms Terms { get; }

    public int TaskNo { get; }

    /// <summary>Position of the target in the whole ledger, from 0: rules find their target's facts by its octal digits.</summary>
    public int LedgerOrdinal { get; }

    /// <summary>LedgerOrdinal / 64: the first step of the rule network's dispatch.</summary>
    public int DispatchHigh => TargetDispatch.HighOf(LedgerOrdinal);

    /// <summary>The second octal digit of LedgerOrdinal.</summary>
    public int DispatchMiddle => TargetDispatch.MiddleOf(LedgerOrdinal);

    /// <summary>The last octal digit of LedgerOrdinal.</summary>
    public int DispatchLow => TargetDispatch.LowOf(LedgerOrdinal);

    /// <summary>Which (entity, as-of) of the session this is: the combination rules join a task's targets on it.</summary>
    public int Slot { get; }

    /// <summary>Whether the target is its task's only one, whose status is then the task's.</summary>
    public bool Alone { get; }

    public string Entity { get; }

    public DateOnly AsOf { get; }

    public Figure? Figure { get; }

    public bool HasFigure { get; }

    /// <summary>The figure's value (0 when there is none; rules test <see cref="HasFigure"/> first).</summary>
    public decimal Value { get; }

    public bool DeadlineReached { get; }

    /// <summary>The figure in force at the deadline, once the deadline is reached (0 when there is none; rules test <see cref="HasFigureAtDeadline"/>).</summary>
    public decimal ValueAtDeadline { get; }

    public bool HasFigureAtDeadline { get; }

    /// <summary>R, the report date owed by the as-of date under the ledger's cycle; null without a cycle or before the first is due.</summary>
    public DateOnly? ReportDue { get; }

    /// <summary>The figure in force is older than the report owed (stale, unless the target is done).</summary>
    public bool FigureBeforeReport { get; }

    /// <summary>From the deadline on, the deadline's own report is not owed yet and the figure in force predates the deadline.</summary>
    public bool DeadlineReportPending { get; }

    /// <summary>The date τ is taken at: max(F, R) with a figure, or the as-of date without one.</summary>
    public DateOnly JudgedAt { get; }

    /// <summary>τ, the expected share of the work done by the judged date.</summary>
    public decimal Expected { get; }

    /// <summary>The progress needed to be on track: τ × (1 − slack).</summary>
    public decimal Required { get; }

    /// <summary>
    /// Identity stays reference equality; only the hash is the fact's own (slot, position) rather than the runtime's identity
    /// hash, which the session's fact map asked for every fact inserted: making one is a call into the runtime.
    /// </summary>
    public override int GetHashCode() => (Slot << 16) ^ LedgerOrdinal;

    // Reference equality, as without the override: a fact is itself, whatever another fact holds.
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);
}
