namespace Engine.Rules.Ledgers;

/// <summary>The words shown in the ledger's 评估情况 column for each status; a status the ledger does not name keeps its default label.</summary>
public sealed class StatusLabels
{
    private readonly Dictionary<Status, string> _labels;

    /// <summary>The ledger's own labels; each status it leaves out keeps its default (已完成, 序时推进…).</summary>
    public StatusLabels(IReadOnlyDictionary<Status, string> labels)
    {
        _labels = Statuses.InDisplayOrder.ToDictionary(s => s.Status, s => labels.TryGetValue(s.Status, out var label) ? label : s.DefaultLabel);
    }

    /// <summary>The default labels of every status, for a ledger that names none.</summary>
    public static StatusLabels Default { get; } = new(new Dictionary<Status, string>());

    /// <summary>The statuses in English words, for what people read under <c>--lang en</c> (a ledger's own labels are its language's).</summary>
    public static StatusLabels English { get; } = new(new Dictionary<Status, string>
    {
        [Status.Achieved] = "achieved",
        [Status.AchievedLate] = "achieved late",
        [Status.OnTrack] = "on track",
        [Status.Lagging] = "lagging",
        [Status.Missed] = "missed",
        [Status.NoData] = "not reported",
    });

    /// <summary>The labels people read in the language given: the ledger's own in Chinese, English words in English.</summary>
    public static StatusLabels In(Ledger ledger, Language lang) => lang == Language.Zh ? ledger.Labels : English;

    /// <summary>The word the 评估情况 column shows for the status.</summary>
    public string For(Status status) => _labels.TryGetValue(status, out var label)
        ? label
        : throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status.");

    /// <summary>All labels in the order a dropdown shows them.</summary>
    public IReadOnlyList<string> All => [.. Statuses.Order.Select(For)];
}
