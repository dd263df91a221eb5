using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Http.Endpoints;

/// <summary>
/// Refuses, as a row with its reason, a figure whose entity, note or reported_by is longer than the server allows:
/// free text is stored and written into every later export, so its size is bounded where it comes in.
/// </summary>
internal sealed class FieldLimits(IFigureSink inner, ServeOptions limits) : IFigureSink
{
    public void Add(RawFigure row)
    {
        var problem = TooLong(row, "entity", row.Entity, limits.MaxEntityLength, "--max-entity-length")
            ?? TooLong(row, "note", row.Note, limits.MaxNoteLength, "--max-note-length")
            ?? TooLong(row, "reported_by", row.ReportedBy, limits.MaxReportedByLength, "--max-reported-by-length");
        if (problem is null)
        {
            inner.Add(row);
        }
        else
        {
            inner.Reject(problem);
        }
    }

    public void Reject(Problem problem) => inner.Reject(problem);

    private static Problem? TooLong(RawFigure row, string field, string? text, int limit, string flag) =>
        text is not null && text.Length > limit
            ? new Problem(row.Source, row.Line, row.Column, row.Path is null ? field : $"{row.Path}.{field}", $"{field} is {text.Length} characters; the limit is {limit} ({flag})")
            {
                Code = ProblemCodes.OutOfRange,
                MessageZh = $"{FieldZh(field)}有{text.Length}个字符，超过上限{limit}个",
            }
            : null;

    // The template's names of the fields, as the intake's Chinese reasons write them.
    private static string FieldZh(string field) => field switch
    {
        "entity" => "填报主体",
        "note" => "备注",
        _ => "填报人",
    };
}
