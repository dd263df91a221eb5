namespace Engine.Rules.Authoring;

/// <summary>One task of a ledger as read from its table (or text), before targets are proposed.</summary>
internal sealed record DraftRow(string AreaNo, string AreaName, int MeasureNo, string MeasureName, int TaskNo, IReadOnlyList<string> Lead, IReadOnlyList<string> Responsible, string Text)
{
    public string? Remark { get; init; }
}
