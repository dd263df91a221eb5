namespace Engine.Rules.Ledgers;

/// <summary>
/// A validated ledger: immutable, defaults resolved, identified by the content hash of its rule files.
/// Only <see cref="LedgerReader"/> makes one from files, and only when every file is valid.
/// </summary>
public sealed class Ledger
{
    private readonly Dictionary<string, int> _ordinalsById;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _ordinalsBySpan;
    private readonly Dictionary<int, LedgerTask> _tasksByNo;

    /// <summary>Assembles a ledger from parts already validated; <see cref="LedgerReader"/> is the way to get one from rule files.</summary>
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

    /// <summary>The ledger's id from ledger.json, e.g. <c>zhanjiang-2023</c>; figures and HTTP routes name the ledger by it.</summary>
    public string Id { get; }

    /// <summary>The ledger's title, as printed above its table.</summary>
    public string Title { get; }

    /// <summary>The working period the targets run over; time-proportional progress (τ) and default deadlines come from it.</summary>
    public Period Period { get; }

    /// <summary>The words this ledger shows in its 评估情况 column for each status.</summary>
    public StatusLabels Labels { get; }

    /// <summary>The ledger-wide tolerance below the time-proportional expectation (0 = none).</summary>
    public decimal Slack { get; }

    /// <summary>The indicator areas (指标名称) in ledger order, one per area file.</summary>
    public IReadOnlyList<Area> Areas { get; }

    /// <summary>Tasks in ledger order.</summary>
    public IReadOnlyList<LedgerTask> Tasks { get; }

    /// <summary>All targets in ledger order.</summary>
    public IReadOnlyList<Target> Targets { get; }

    /// <summary>The ordered warning rules (预警); empty when the ledger defines none.</summary>
    public IReadOnlyList<AlertRule> Alerts { get; }

    /// <summary>The ledger's unit names: which spellings of a unit are the same unit (<see cref="UnitNames.None"/> when ledger.json has no <c>units</c>).</summary>
    public UnitNames Units { get; init; } = UnitNames.None;

    /// <summary>
    /// The entities (a city's districts, …) the ledger declares in ledger.json's <c>entities</c>, in file order;
    /// empty when it declares none. Unit keys of the HTTP API may submit figures for these only.
    /// </summary>
    public IReadOnlyList<string> Entities { get; init; } = [];

    /// <summary>How often units must report; null when the ledger sets no cycle (then no figure is ever stale).</summary>
    public ReportingCycle? Reporting { get; init; }

    /// <summary>Content hash of the rule files this ledger was read from.</summary>
    public string Revision { get; }

    /// <summary>Finds a target by its id (e.g. <c>20.1</c>); false when the ledger has no such target.</summary>
    public bool TryGetTarget(string id, out Target target)
    {
        var found = _ordinalsById.TryGetValue(id, out var ordinal);
        target = found ? Targets[ordinal] : null!;
        return found;
    }

    /// <summary>The position in <see cref="Targets"/> of the target with this id, looked up without making a string of it.</summary>
    public bool TryGetTargetOrdinal(ReadOnlySpan<char> id, out int ordinal) => _ordinalsBySpan.TryGetValue(id, out ordinal);

    /// <summary>The task with this number (序号); throws <see cref="KeyNotFoundException"/> when the ledger has none.</summary>
    public LedgerTask Task(int no) => _tasksByNo[no];
}
