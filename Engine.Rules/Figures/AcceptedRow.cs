namespace Engine.Rules.Figures;

/// <summary>
/// An accepted row's parts, before it is made a <see cref="Figure"/>. A bulk file's rows are mostly superseded by a
/// later row of the same (entity, target, date) and never read again; the reduction keeps these parts and makes
/// the <see cref="Figure"/> only for the row that is in the end the latest of its date, once.
/// </summary>
internal readonly record struct AcceptedRow(string TargetId, string Entity, DateOnly AsOf, decimal Value, string Source, int Line, int Sequence)
{
    public string? Unit { get; init; }

    public string? ReportedBy { get; init; }

    public string? Note { get; init; }

    public Figure ToFigure() => new(TargetId, Entity, AsOf, Value, Source, Line, Sequence)
    {
        Unit = Unit,
        ReportedBy = ReportedBy,
        Note = Note,
    };
}
