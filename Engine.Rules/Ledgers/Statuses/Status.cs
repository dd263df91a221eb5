namespace Engine.Rules.Ledgers;

/// <summary>
/// Assessment status. The numeric order is the severity order used to combine targets into a task
/// (missed &gt; lagging &gt; no_data &gt; on_track &gt; achieved).
/// </summary>
public enum Status
{
    /// <summary>已完成: the target is met (for hold and final schedules: met at the deadline).</summary>
    Achieved = 0,
    /// <summary>序时推进: before the deadline and on schedule (linear: progress at least τ×(1−slack); hold: the level is kept; final: always).</summary>
    OnTrack = 1,
    /// <summary>待报送: no figure has been reported for the target as of the date.</summary>
    NoData = 2,
    /// <summary>进度滞后: before the deadline and behind schedule (linear: progress below τ×(1−slack); hold: the level is not kept).</summary>
    Lagging = 3,
    /// <summary>未完成: the deadline has been reached and the target is not met.</summary>
    Missed = 4,
}
