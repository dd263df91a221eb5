namespace Engine.Rules.Ledgers;

/// <summary>The words shown in the ledger's 评估情况 column for each status; a status the ledger does not name keeps its default label.</summary>
public sealed class StatusLabels
{
    private readonly Dictionary<Status, string> _labels;

    public StatusLabels(IReadOnlyDictionary<Status, string> labels)
    {
        _labels = Statuses.InDisplayOrder.ToDictionary(s => s.Status, s => labels.TryGetValue(s.Status, out var label) ? label : s.DefaultLabel);
    }

    public static StatusLabels Default { get; } = new(new Dictionary<Status, string>());

    public string For(Status status) => _labels.TryGetValue(status, out var label)
        ? label
        : throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status.");

    /// <summary>All labels in the order a dropdown shows them.</summary>
    public IReadOnlyList<string> All => [.. Statuses.Order.Select(For)];
}
