namespace Engine.Rules.Ledgers;

/// <summary>Everything about one status that is not a decision: its wire name, default 评估情况 label and colours.</summary>
/// <param name="Status">The status.</param>
/// <param name="Name">The name outputs and rule files use (snake_case).</param>
/// <param name="DefaultLabel">The 评估情况 label when the ledger names none.</param>
/// <param name="Fill">Spreadsheet fill (ARGB hex).</param>
/// <param name="Colour">Report colour (CSS hex).</param>
public sealed record StatusInfo(Status Status, string Name, string DefaultLabel, string Fill, string Colour)
{
    /// <summary>Rank for combining targets into a task: the higher wins (missed &gt; lagging &gt; no_data &gt; on_track &gt; achieved).</summary>
    public int Severity => Statuses.SeverityOf(Status);
}
