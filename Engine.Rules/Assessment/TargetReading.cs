using Engine.Rules.Model;

namespace Engine.Rules.Assessment;

/// <summary>Inferred by a target's own rule: whether its figure meets it, and the progress made.</summary>
public sealed class TargetReading
{
    private TargetReading(TargetObservation observation, bool met, decimal progress, string rule)
    {
        Observation = observation;
        Met = met;
        Progress = progress;
        Rule = rule;
        Required = observation.Expected * (1m - observation.Target.Slack);
    }

    public TargetObservation Observation { get; }

    public Target Target => Observation.Target;

    public Schedule Schedule => Observation.Target.Schedule;

    public bool DeadlineReached => Observation.DeadlineReached;

    public bool Met { get; }

    /// <summary>Progress in [0, 1], unrounded.</summary>
    public decimal Progress { get; }

    /// <summary>The progress needed to be on track: τ × (1 − slack).</summary>
    public decimal Required { get; }

    /// <summary>Name of the target rule that made this reading.</summary>
    public string Rule { get; }

    public static TargetReading MetBy(TargetObservation o, string rule) => new(o, met: true, 1m, rule);

    public static TargetReading NotMetBy(TargetObservation o, string rule) => new(o, met: false, Semantics.ProgressWhenNotMet(o.Target, o.Value), rule);
}
