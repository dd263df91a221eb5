namespace Engine.Rules.Authoring;

/// <summary>One task of a ledger as read from its table (or text), before targets are proposed.</summary>
internal sealed record DraftRow(string AreaNo, string AreaName, int MeasureNo, string MeasureName, int TaskNo, IReadOnlyList<string> Lead, IReadOnlyList<string> Responsible, string Text)
{
    public string? Remark { get; init; }

    /// <summary>True when the lead was not labelled as such but taken as the first unit named ("责任单位：X、Y").</summary>
    public bool LeadGuessed { get; init; }

    /// <summary>The item's completion time ("（完成时限：2023年12月）"), the deadline of targets whose sentence names none.</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>The completion-time label's words, for a label that names no year ("6月底前", "三年内"): the drafter dates them against the ledger year.</summary>
    public string? Due { get; init; }
}
