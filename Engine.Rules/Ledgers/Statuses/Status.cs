namespace Engine.Rules.Ledgers;

/// <summary>
/// Assessment status. The numeric order is the severity order used to combine targets into a task
/// (missed &gt; lagging &gt; no_data &gt; on_track &gt; achieved).
/// </summary>
public enum Status
{
    Achieved = 0,
    OnTrack = 1,
    NoData = 2,
    Lagging = 3,
    Missed = 4,
}
