namespace Engine.Rules.Ledgers;

/// <summary>
/// The one place that lists the statuses: their order on screen and paper, names, default labels and colours.
/// The display order runs from done to not reported; the severity order decides a task of several targets.
/// </summary>
public static class Statuses
{
    /// <summary>Every status in the order outputs list them (summaries, dropdowns, legends, transition tables).</summary>
    public static IReadOnlyList<StatusInfo> InDisplayOrder { get; } =
    [
        new(Status.Achieved, "achieved", "已完成", "FFC6EFCE", "#2e9d58"),
        new(Status.AchievedLate, "achieved_late", "逾期完成", "FFE2EFDA", "#7aa95c"),
        new(Status.OnTrack, "on_track", "序时推进", "FFDDEBF7", "#4a86c5"),
        new(Status.Lagging, "lagging", "进度滞后", "FFFFEB9C", "#e0a526"),
        new(Status.Missed, "missed", "未完成", "FFFFC7CE", "#d64545"),
        new(Status.NoData, "no_data", "待报送", "FFEDEDED", "#a8a8a8"),
    ];

    /// <summary>From the least severe to the most: a task that must meet all its targets takes the most severe.</summary>
    private static readonly Status[] BySeverity = [Status.Achieved, Status.AchievedLate, Status.OnTrack, Status.NoData, Status.Lagging, Status.Missed];

    /// <summary>The statuses alone, in display order.</summary>
    public static IReadOnlyList<Status> Order { get; } = [.. InDisplayOrder.Select(s => s.Status)];

    private static readonly Dictionary<Status, StatusInfo> ByStatus = InDisplayOrder.ToDictionary(s => s.Status);

    private static readonly Dictionary<string, StatusInfo> ByName = InDisplayOrder.ToDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>The wire names of the statuses (<c>achieved</c>, <c>on_track</c>…), as outputs, rule files and tests write them.</summary>
    public static IReadOnlyCollection<string> Names => ByName.Keys;

    /// <summary>The rank of a status for combining targets: the higher, the more severe.</summary>
    public static int SeverityOf(Status status)
    {
        var rank = Array.IndexOf(BySeverity, status);
        return rank >= 0 ? rank : throw new ArgumentOutOfRangeException(nameof(status), status, $"Unknown status {(int)status}.");
    }

    /// <summary>The more severe of two statuses.</summary>
    public static Status MoreSevere(Status a, Status b) => SeverityOf(a) >= SeverityOf(b) ? a : b;

    /// <summary>The less severe of two statuses.</summary>
    public static Status LessSevere(Status a, Status b) => SeverityOf(a) <= SeverityOf(b) ? a : b;

    /// <summary>What the catalogue knows of <paramref name="status"/>; a value outside the enum is a bug, named in the exception.</summary>
    public static StatusInfo Of(Status status) =>
        ByStatus.TryGetValue(status, out var info) ? info : throw new ArgumentOutOfRangeException(nameof(status), status, $"Unknown status {(int)status}.");

    /// <summary>Reads a status from its wire name (e.g. <c>on_track</c>); false for any other text.</summary>
    public static bool TryParse(string name, out Status status)
    {
        var found = ByName.TryGetValue(name, out var info);
        status = found ? info!.Status : default;
        return found;
    }
}
