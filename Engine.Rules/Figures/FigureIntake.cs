using System.Globalization;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Figures;

/// <summary>
/// Turns raw rows into accepted figures or rejections with a reason: nothing is dropped silently.
/// Checks what a row can be checked for alone (numbers, dates within the target's time, known target, unit,
/// milestone range, whole numbers for counted targets).
/// Accepted figures are reduced as they arrive to the latest per (entity, target, date), so memory grows with
/// the distinct dates reported, not with the rows; keep the rows themselves only when a caller needs them.
/// </summary>
public sealed class FigureIntake : IFigureSink
{
    private readonly Ledger _ledger;
    private readonly List<Figure>? _accepted;
    private readonly List<Problem> _rejected = [];
    private readonly CellNames _names = new();
    private int _read;
    private int _blank;
    private readonly Dictionary<string, string> _encodings = new(StringComparer.Ordinal);
    private int _sequence;

    /// <summary>An intake that checks rows against the ledger's targets.</summary>
    /// <param name="ledger">The ledger whose target ids, units and figure ranges the rows are checked against.</param>
    /// <param name="keepRows">Keep every accepted figure (for storing a submission or explaining a target); off for batch runs.</param>
    public FigureIntake(Ledger ledger, bool keepRows = true)
    {
        _ledger = ledger;
        _accepted = keepRows ? [] : null;
    }

    /// <summary>How many rows have come in so far, accepted or rejected.</summary>
    public int Read => _read;

    /// <summary>How many rows held neither a value nor a date (unfilled template lines): read, counted, not figures.</summary>
    public int Blank => _blank;

    /// <summary>The text encoding each file was read in, by the file's name in problems.</summary>
    public IReadOnlyDictionary<string, string> Encodings => _encodings;

    /// <summary>Every accepted figure in input order; only when the intake keeps rows.</summary>
    public IReadOnlyList<Figure> Accepted => _accepted ?? throw new InvalidOperationException("This intake reduces figures as they arrive and keeps no rows; create it with keepRows: true.");

    internal void ReadAs(string source, string encoding) => _encodings[source] = encoding;

    internal FigureReduction Reduction { get; } = new();

    internal IReadOnlyList<Figure>? KeptRows => _accepted;

    /// <summary>Every rejected row with its reason, in input order.</summary>
    public IReadOnlyList<Problem> Rejected => _rejected;

    /// <summary>Records a row that a reader could not even split into fields.</summary>
    public void Reject(Problem problem)
    {
        _read++;
        _rejected.Add(problem);
    }

    /// <summary>Checks a row and accepts it as a figure or records its rejection with the reason.</summary>
    public void Add(RawFigure row) => Add(FigureRowText.From(row));

    void IFigureSink.Add(scoped in FigureRowText row) => Add(row);

    internal void Add(scoped in FigureRowText row)
    {
        _read++;
        if (Overlong(row) is { } overlong)
        {
            _rejected.Add(overlong);
            return;
        }

        // A row with neither a value nor a date (an unfilled template line, a trailing empty line) says nothing.
        if (row.Value.IsWhiteSpace() && row.AsOf.IsWhiteSpace())
        {
            _blank++;
            return;
        }

        var problem = Check(row, out var accepted, out var ordinal);
        if (problem is not null)
        {
            _rejected.Add(problem);
            return;
        }

        // A kept row is a Figure now; otherwise the reduction makes one only for the rows still latest at the end.
        var figure = _accepted is null ? null : accepted.ToFigure();
        _accepted?.Add(figure!);
        Reduction.Add(accepted, figure, ordinal, _ledger.Targets.Count);
    }

    private Problem? Check(scoped in FigureRowText row, out AcceptedRow accepted, out int ordinal)
    {
        accepted = default;
        ordinal = -1;
        var targetId = InputText.Field(row.Target);
        if (targetId.IsEmpty)
        {
            return Reject(row, "target", "the target id is empty", "目标编号为空", ProblemCodes.MissingField);
        }

        if (!_ledger.TryGetTargetOrdinal(targetId, out ordinal))
        {
            return Reject(row, "target", $"unknown target \"{targetId}\": ledger {_ledger.Id} has no such target id", $"台账中没有目标编号“{targetId}”", ProblemCodes.UnknownTarget);
        }

        var target = _ledger.Targets[ordinal];
        if (!IsoDate.TryRead(row.AsOf, out var asOf, out var whyNot, out var whyNotZh))
        {
            return Reject(row, "as_of", whyNot, whyNotZh, ProblemCodes.BadDate);
        }

        if (OutsideItsTime(target, asOf) is var (late, lateZh))
        {
            return Reject(row, "as_of", late, lateZh, ProblemCodes.OutOfRange);
        }

        if (row.Value.IsWhiteSpace())
        {
            return Reject(row, "value", "the value is empty", "报送值为空", ProblemCodes.MissingField);
        }

        if (!FigureNumber.TryParse(row.Value, out var value, out var percent, out var notANumber, out var notANumberZh))
        {
            return Reject(row, "value", notANumber, notANumberZh, ProblemCodes.BadNumber);
        }

        if (percent && target.Unit != "%")
        {
            return Reject(row, "value", $"value \"{row.Value.Trim()}\" is a percentage; target {target.Id} is in {target.Unit}, not %", $"报送值“{row.Value.Trim()}”带百分号，但目标{target.Id}的单位是{target.Unit}", ProblemCodes.UnitMismatch);
        }

        var unit = _names.Field(row.Unit);
        if (unit.Length > 0 && unit != target.Unit)
        {
            return Reject(row, "unit", $"unit \"{unit}\" differs from target {target.Id}'s unit \"{target.Unit}\"", $"单位“{unit}”与目标{target.Id}的单位“{target.Unit}”不符", ProblemCodes.UnitMismatch);
        }

        if (target.Kind.FigureRange is var (min, max) && (value < min || value > max))
        {
            return target.Kind.MeasuresCompletion
                ? Reject(row, "value", $"{target.Kind.Name} {target.Id} takes the percent of the work done, {min}–{max}; got {value}", $"目标{target.Id}填完成百分比（{min}–{max}），实填{value}", ProblemCodes.OutOfRange)
                : Reject(row, "value", $"{target.Kind.Name} {target.Id} takes figures from {min} to {max}; got {value}", $"目标{target.Id}的数值应在{min}至{max}之间，实填{value}", ProblemCodes.OutOfRange);
        }

        if (target.Integer && value != decimal.Truncate(value))
        {
            var shown = value.ToString(CultureInfo.InvariantCulture);
            return Reject(row, "value", $"target {target.Id} is counted in whole numbers ({target.Unit}); got {shown}", $"目标{target.Id}按整数计（{target.Unit}），实填{shown}", ProblemCodes.OutOfRange);
        }

        if (ControlIn(row) is { } control)
        {
            var character = InputText.FirstControl(control == FigureColumns.Entity ? row.Entity : control == FigureColumns.ReportedBy ? row.ReportedBy : row.Note);
            return Reject(row, control, $"{control} holds a control character ({character}); remove it", $"{ColumnZh(control)}含有控制字符（{character}），请删除", ProblemCodes.Invalid);
        }

        var reportedBy = _names.Field(row.ReportedBy);
        var note = row.Note.IsWhiteSpace() ? null : InputText.Normalize(row.Note.ToString()).Trim();
        accepted = new AcceptedRow(target.Id, _names.Field(row.Entity), asOf, value, row.Source, row.Line, _sequence++)
        {
            Unit = unit.Length == 0 ? null : target.Unit,
            ReportedBy = reportedBy.Length == 0 ? null : reportedBy,
            Note = note,
        };
        return null;
    }

    // Names and notes are shown and stored as text: a control character in one would travel into every output.
    private static string? ControlIn(scoped in FigureRowText row) =>
        InputText.HasControl(row.Entity) ? FigureColumns.Entity
        : InputText.HasControl(row.ReportedBy) ? FigureColumns.ReportedBy
        : InputText.HasControl(row.Note) ? FigureColumns.Note
        : null;

    /// <summary>
    /// Why a figure dated so cannot be true, or null: nothing is reported before the period starts, and nothing
    /// after both the period and the target's own deadline have ended (a row dated 2032 would otherwise become
    /// the default as-of date and make every target missed).
    /// </summary>
    private (string En, string Zh)? OutsideItsTime(Target target, DateOnly asOf)
    {
        var period = _ledger.Period;
        if (asOf < period.Start)
        {
            return ($"as_of {IsoDate.Format(asOf)} is before the ledger period starts ({IsoDate.Format(period.Start)})",
                $"报送截至日期{IsoDate.Written(asOf)}早于台账期间开始日{IsoDate.Written(period.Start)}");
        }

        return asOf > period.End && asOf > target.Deadline
            ? ($"as_of {IsoDate.Format(asOf)} is after target {target.Id}'s deadline {IsoDate.Format(target.Deadline)} and the period end {IsoDate.Format(period.End)}",
                $"报送截至日期{IsoDate.Written(asOf)}晚于目标{target.Id}的截止日期{IsoDate.Written(target.Deadline)}和台账期间结束日{IsoDate.Written(period.End)}")
            : null;
    }

    /// <summary>A figure column as the template names it, for Chinese reasons.</summary>
    private static string ColumnZh(string field) => field switch
    {
        FigureColumns.Target => "目标编号",
        FigureColumns.AsOf => "报送截至日期",
        FigureColumns.Value => "报送值",
        FigureColumns.Unit => "单位",
        FigureColumns.Entity => "填报主体",
        FigureColumns.ReportedBy => "填报人",
        FigureColumns.Note => "备注",
        _ => field,
    };

    // A cell past Excel's own limit is no figure's text (a file without separators, a pasted document); it is refused
    // before any check quotes it back in a message.
    private static Problem? Overlong(scoped in FigureRowText row)
    {
        var longest = Math.Max(Math.Max(Math.Max(row.Target.Length, row.AsOf.Length), Math.Max(row.Value.Length, row.Unit.Length)), Math.Max(Math.Max(row.Entity.Length, row.ReportedBy.Length), row.Note.Length));
        if (longest <= InputBounds.CellLength)
        {
            return null;
        }

        (string Field, int Length)[] cells =
        [
            (FigureColumns.Target, row.Target.Length), (FigureColumns.AsOf, row.AsOf.Length), (FigureColumns.Value, row.Value.Length), (FigureColumns.Unit, row.Unit.Length),
            (FigureColumns.Entity, row.Entity.Length), (FigureColumns.ReportedBy, row.ReportedBy.Length), (FigureColumns.Note, row.Note.Length),
        ];
        foreach (var (field, length) in cells)
        {
            if (length > InputBounds.CellLength)
            {
                return Reject(row, field, $"the {field} cell holds {length:N0} characters; a cell holds at most {InputBounds.CellLength:N0}", $"{ColumnZh(field)}单元格有{length:N0}个字符，超过上限{InputBounds.CellLength:N0}", ProblemCodes.TooLong);
            }
        }

        return null;
    }

    private static Problem Reject(scoped in FigureRowText row, string field, string reason, string? reasonZh, string code) =>
        new(row.Source, row.Line, row.Columns is { } columns && columns.TryGetValue(field, out var column) ? column : row.Column, row.Path is null ? field : $"{row.Path}.{field}", reason) { Code = code, MessageZh = reasonZh };
}
