namespace Engine.Rules.Figures;

/// <summary>An accepted figure: a value a unit reported for a target as of a date.</summary>
/// <param name="Sequence">Position among all accepted rows of the input; a later row wins a tie on as_of.</param>
public sealed record Figure(string TargetId, string Entity, DateOnly AsOf, decimal Value, string Source, int Line, int Sequence)
{
    public string? Unit { get; init; }

    public string? ReportedBy { get; init; }

    public string? Note { get; init; }
}
