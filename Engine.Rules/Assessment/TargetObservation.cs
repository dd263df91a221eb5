using Engine.Rules.Figures;
using Engine.Rules.Model;

namespace Engine.Rules.Assessment;

/// <summary>
/// The fact put into the session for each target of each assessed (entity, as-of): the target,
/// the figure in force (if any) and where the date stands against the target's deadline.
/// </summary>
public sealed class TargetObservation
{
    public TargetObservation(LedgerTask task, Target target, int areaOrdinal, int targetOrdinal, int ledgerOrdinal, string entity, DateOnly asOf, Figure? figure, DateOnly periodStart, int slot = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ledgerOrdinal);
        LedgerOrdinal = ledgerOrdinal;
        Slot = slot;
        Alone = task.Targets.Count == 1;
        Task = task;
        Target = target;
        TargetOrdinal = targetOrdinal;
        AreaOrdinal = areaOrdinal;
        TaskNo = target.TaskNo;
        Entity = entity;
        AsOf = asOf;
        Figure = figure;
        HasFigure = figure is not null;
        Value = figure?.Value ?? 0m;
        DeadlineReached = asOf >= target.Deadline;
        Expected = Semantics.ExpectedShare(periodStart, target.Deadline, asOf);
        Required = Expected * (1m - target.Slack);
    }

    public LedgerTask Task { get; }

    public Target Target { get; }

    /// <summary>1-based position of the target in its task.</summary>
    public int TargetOrdinal { get; }

    /// <summary>Position of the target's area in the ledger; with the task and the position, how combination rules find a task's targets.</summary>
    public int AreaOrdinal { get; }

    public int TaskNo { get; }

    /// <summary>Position of the target in the whole ledger, from 0: the target rules find their observations by its octal digits.</summary>
    public int LedgerOrdinal { get; }

    /// <summary>LedgerOrdinal / 64: the first step of the rule network's dispatch (about ten branches for a ledger of 600 targets).</summary>
    public int DispatchHigh => LedgerOrdinal >> 6;

    /// <summary>The second octal digit of LedgerOrdinal: eight branches.</summary>
    public int DispatchMiddle => (LedgerOrdinal >> 3) & 7;

    /// <summary>The last octal digit of LedgerOrdinal: eight branches, one per target.</summary>
    public int DispatchLow => LedgerOrdinal & 7;

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

    /// <summary>τ, the expected share of the work done by now.</summary>
    public decimal Expected { get; }

    /// <summary>The progress needed to be on track: τ × (1 − slack).</summary>
    public decimal Required { get; }
}
