namespace Engine.Rules.Figures;

/// <summary>An accepted figure: a value a unit reported for a target as of a date.</summary>
/// <param name="TargetId">The id of the target the figure is for (e.g. <c>20.1</c>), known to the ledger.</param>
/// <param name="Entity">Who is assessed (a city, a district); <c>""</c> for figures that name none.</param>
/// <param name="AsOf">The date the value holds as of (截至日期); the latest not after the assessment date is used.</param>
/// <param name="Value">The reported value, in the target's unit (for milestones: the percent of the work done).</param>
/// <param name="Source">The file or input the row came from, for problems and explanations.</param>
/// <param name="Line">The row's line in that input (header = line 1).</param>
/// <param name="Sequence">Position among all accepted rows of the input; a later row wins a tie on as_of.</param>
public sealed record Figure(string TargetId, string Entity, DateOnly AsOf, decimal Value, string Source, int Line, int Sequence)
{
    /// <summary>The unit the row gave, always the target's (a differing one is rejected); null when the row gave none.</summary>
    public string? Unit { get; init; }

    /// <summary>The unit or person who reported the figure (报送单位), when the row says.</summary>
    public string? ReportedBy { get; init; }

    /// <summary>The reporter's note on the figure, when the row has one.</summary>
    public string? Note { get; init; }
}
