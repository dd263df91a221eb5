namespace Engine.Rules.Ledgers;

/// <summary>A numbered task (工作任务) of the ledger with its units, text and targets.</summary>
public sealed record LedgerTask
{
    /// <summary>The task's number (序号), unique in the ledger; its targets' ids start with it (task 20: 20.1, 20.2…).</summary>
    public required int No { get; init; }

    /// <summary>The indicator area (指标名称) the task belongs to.</summary>
    public required Area Area { get; init; }

    /// <summary>The measure (举措) that groups the task with others.</summary>
    public required Measure Measure { get; init; }

    /// <summary>The lead units (牵头单位): at least one, and they may report the task's figures.</summary>
    public required IReadOnlyList<string> Lead { get; init; }

    /// <summary>The responsible units (责任单位) that share the work; they may report figures too. May be empty.</summary>
    public required IReadOnlyList<string> Responsible { get; init; }

    /// <summary>The task text (工作任务), verbatim from the ledger; targets' sources quote it.</summary>
    public required string Text { get; init; }

    /// <summary>How the targets' statuses make the task's: all must hold (default) or either-or.</summary>
    public Combine Combine { get; init; } = Combine.All;

    /// <summary>The ledger's 备注 for the task, e.g. the indicator area an outlook task belongs to.</summary>
    public string? Remark { get; init; }

    /// <summary>The task's targets in ledger order; at least one.</summary>
    public required IReadOnlyList<Target> Targets { get; init; }

    /// <summary>Where the task stands in its area file, so problems and lint can point at it.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;
}
