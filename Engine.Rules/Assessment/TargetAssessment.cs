using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Assessment;

/// <summary>The status of one target for one entity as of one date, as decided by the rules.</summary>
public sealed class TargetAssessment
{
    internal TargetAssessment(TargetObservation observation, Status status, decimal progress, bool? met, string rule, string? readingRule)
    {
        Observation = observation;
        Status = status;
        Progress = progress;
        Met = met;
        Rule = rule;
        ReadingRule = readingRule;
    }

    internal TargetObservation Observation { get; }

    /// <summary>The target assessed.</summary>
    public Target Target => Observation.Target;

    /// <summary>Who is assessed (a city, a district); <c>""</c> when the figures name no entity.</summary>
    public string Entity => Observation.Entity;

    /// <summary>The date the target is assessed as of.</summary>
    public DateOnly AsOf => Observation.AsOf;

    /// <summary>The figure in force as of the date (the latest not after it); null when none was reported.</summary>
    public Figure? Figure => Observation.Figure;

    /// <summary>The target's status (已完成, 序时推进, 进度滞后, 未完成 or 待报送).</summary>
    public Status Status { get; }

    /// <summary>Progress in [0, 1], unrounded.</summary>
    public decimal Progress { get; }

    /// <summary>Null when there was no figure to judge.</summary>
    public bool? Met { get; }

    /// <summary>τ in [0, 1].</summary>
    public decimal Expected => Observation.Expected;

    /// <summary>The trend to the deadline, when there are enough figures to draw one.</summary>
    public Projection? Projection => Observation.Projection;

    /// <summary>The figure in force predates the report the ledger's cycle owes by the as-of date, and the target is not done (未按期报送).</summary>
    public bool Stale { get; private init; }

    /// <summary>The status rule that fired.</summary>
    public string Rule { get; }

    /// <summary>The target rule that read the figure (null without a figure).</summary>
    public string? ReadingRule { get; }

    /// <summary>The key of the task assessment this target assessment belongs to.</summary>
    public TaskKey TaskKey => new(Entity, AsOf, Target.TaskNo);

    internal LedgerTask Task => Observation.Task;

    // The dispatch digits and the slot, for the combination rules' tests.
    internal int DispatchHigh => Observation.DispatchHigh;

    internal int DispatchMiddle => Observation.DispatchMiddle;

    internal int DispatchLow => Observation.DispatchLow;

    internal int Slot => Observation.Slot;

    /// <summary>The assessment a target rule makes: it has decided met or not and the status; the progress follows.</summary>
    internal static TargetAssessment Judged(TargetObservation o, Status status, bool met, string rule) =>
        new(o, status, met ? 1m : Semantics.ProgressWhenNotMet(o.Target, o.Value), met, rule, rule)
        {
            // A target done owes no more reports; any other whose figure predates the report owed is stale.
            Stale = o.FigureBeforeReport && status is not (Status.Achieved or Status.AchievedLate),
        };

    internal static TargetAssessment NoData(TargetObservation o, string rule) => new(o, Status.NoData, 0m, null, rule, null);

    /// <summary>The hash of its observation: an assessment is a rule session's fact, and the runtime's identity hash cost each fact a call into the runtime.</summary>
    /// <returns>A hash consistent with <see cref="Equals(object?)"/>.</returns>
    public override int GetHashCode() => Observation.GetHashCode();

    /// <summary>Reference equality, as without the override: an assessment is equal only to itself.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>Whether <paramref name="obj"/> is this assessment.</returns>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);
}
