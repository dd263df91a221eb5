namespace Engine.Rules.Ledgers;

/// <summary>How a target is judged before its deadline.</summary>
public enum Schedule
{
    /// <summary>Progress is held against the time-proportional expectation (序时进度).</summary>
    Linear,

    /// <summary>A level to keep all year: met is on track, anything else lags.</summary>
    Hold,

    /// <summary>Judged only at the deadline: on track until then.</summary>
    Final,
}
