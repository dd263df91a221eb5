namespace Engine.Rules.Ledgers;

/// <summary>
/// A validated ledger: immutable, defaults resolved, identified by the content hash of its rule files.
/// Only <see cref="Files.LedgerReader"/> makes one from files, and only when every file is valid.
/// </summary>
public sealed class Ledger
{
    private readonly Dictionary<string, int> _ordinalsById;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _ordinalsBySpan;
    private readonly Dictionary<int, LedgerTask> _tasksByNo;

    public Ledger(string id, string title, Period period, StatusLabels labels, decimal slack, IReadOnlyList<Area> areas, IReadOnlyList<LedgerTask> tasks, string revision, IReadOnlyList<AlertRule>? alerts = null)
    {
        Alerts = alerts ?? [];
        Id = id;
        Title = title;
        Period = period;
        Labels = labels;
        Slack = slack;
        Areas = areas;
        Tasks = tasks;
        Revision = revision;
        Targets = [.. tasks.SelectMany(t => t.Targets)];
        _ordinalsById = Targets.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        _ordinalsBySpan = _ordinalsById.GetAlternateLookup<ReadOnlySpan<char>>();
        _tasksByNo = tasks.ToDictionary(t => t.No);
    }

    public string Id { get; }

    public string Title { get; }

    public Period Period { get; }

    public StatusLabels Labels { get; }

    /// <summary>The ledger-wide tolerance below the time-proportional expectation (0 = none).</summary>
    public decimal Slack { get; }

    public IReadOnlyList<Area> Areas { get; }

    /// <summary>Tasks in ledger order.</summary>
    public IReadOnlyList<LedgerTask> Tasks { get; }

    /// <summary>All targets in ledger order.</summary>
    public IReadOnlyList<Target> Targets { get; }

    /// <summary>The ordered warning rules (预警); empty when the ledger defines none.</summary>
    public IReadOnlyList<AlertRule> Alerts { get; }

    /// <summary>Content hash of the rule files this ledger was read from.</summary>
    public string Revision { get; }

    public bool TryGetTarget(string id, out Target target)
    {
        var found = _ordinalsById.TryGetValue(id, out var ordinal);
        target = found ? Targets[ordinal] : null!;
        return found;
    }

    /// <summary>The position in <see cref="Targets"/> of the target with this id, looked up without making a string of it.</summary>
    public bool TryGetTargetOrdinal(ReadOnlySpan<char> id, out int ordinal) => _ordinalsBySpan.TryGetValue(id, out ordinal);

    public LedgerTask Task(int no) => _tasksByNo[no];
}
