namespace Engine.Rules.Model;

/// <summary>The words shown in the ledger's 评估情况 column for each status.</summary>
public sealed record StatusLabels(string Achieved, string OnTrack, string Lagging, string Missed, string NoData)
{
    public static StatusLabels Default { get; } = new("已完成", "序时推进", "进度滞后", "未完成", "待报送");

    public string For(Status status) => status switch
    {
        Status.Achieved => Achieved,
        Status.OnTrack => OnTrack,
        Status.Lagging => Lagging,
        Status.Missed => Missed,
        Status.NoData => NoData,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    /// <summary>All labels in the order a dropdown shows them.</summary>
    public IReadOnlyList<string> All => [Achieved, OnTrack, Lagging, Missed, NoData];
}
