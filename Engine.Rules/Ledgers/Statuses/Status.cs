namespace Engine.Rules.Ledgers;

/// <summary>
/// Assessment status. How severe each is, for combining targets into a task, is <see cref="StatusInfo.Severity"/>
/// (missed &gt; lagging &gt; no_data &gt; on_track &gt; achieved_late &gt; achieved).
/// </summary>
public enum Status
{
    /// <summary>已完成: a cumulative target met before its deadline, or any target met at its deadline and still met.</summary>
    Achieved = 0,
    /// <summary>序时推进: before the deadline and on schedule (linear: progress at least τ×(1−slack); hold: the level is kept; final: always).</summary>
    OnTrack = 1,
    /// <summary>待报送: no figure has been reported for the target as of the date.</summary>
    NoData = 2,
    /// <summary>进度滞后: before the deadline and behind schedule (linear: progress below τ×(1−slack); hold: the level is not kept).</summary>
    Lagging = 3,
    /// <summary>未完成: the deadline has been reached and the target is not met.</summary>
    Missed = 4,
    /// <summary>逾期完成: met now, but the figure in force at the deadline did not meet it.</summary>
    AchievedLate = 5,
}
