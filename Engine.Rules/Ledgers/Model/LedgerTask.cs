namespace Engine.Rules.Ledgers;

/// <summary>A numbered task (工作任务) of the ledger with its units, text and targets.</summary>
public sealed record LedgerTask
{
    public required int No { get; init; }

    public required Area Area { get; init; }

    public required Measure Measure { get; init; }

    public required IReadOnlyList<string> Lead { get; init; }

    public required IReadOnlyList<string> Responsible { get; init; }

    public required string Text { get; init; }

    public Combine Combine { get; init; } = Combine.All;

    /// <summary>The ledger's 备注 for the task, e.g. the indicator area an outlook task belongs to.</summary>
    public string? Remark { get; init; }

    public required IReadOnlyList<Target> Targets { get; init; }

    public SourceLocation Location { get; init; } = SourceLocation.None;
}
