using System.Globalization;
using Engine.Rules.Model;
using Engine.Rules.Problems;

namespace Engine.Rules.Figures;

/// <summary>
/// Turns raw rows into accepted figures or rejections with a reason: nothing is dropped silently.
/// Checks what a row can be checked for alone (numbers, dates, known target, unit, milestone range).
/// Accepted figures are reduced as they arrive to the latest per (entity, target, date), so memory grows with
/// the distinct dates reported, not with the rows; keep the rows themselves only when a caller needs them.
/// </summary>
public sealed class FigureIntake : IFigureSink
{
    private readonly Ledger _ledger;
    private readonly List<Figure>? _accepted;
    private readonly List<Problem> _rejected = [];
    private readonly Dictionary<string, string> _entities = new(StringComparer.Ordinal);
    private int _read;
    private int _sequence;

    /// <param name="keepRows">Keep every accepted figure (for storing a submission or explaining a target); off for batch runs.</param>
    public FigureIntake(Ledger ledger, bool keepRows = true)
    {
        _ledger = ledger;
        _accepted = keepRows ? [] : null;
    }

    public int Read => _read;

    /// <summary>Every accepted figure in input order; only when the intake keeps rows.</summary>
    public IReadOnlyList<Figure> Accepted => _accepted ?? throw new InvalidOperationException("This intake reduces figures as they arrive and keeps no rows; create it with keepRows: true.");

    internal FigureReduction Reduction { get; } = new();

    internal IReadOnlyList<Figure>? KeptRows => _accepted;

    public IReadOnlyList<Problem> Rejected => _rejected;

    /// <summary>Records a row that a reader could not even split into fields.</summary>
    public void Reject(Problem problem)
    {
        _read++;
        _rejected.Add(problem);
    }

    public void Add(RawFigure row)
    {
        _read++;
        var problem = Check(row, out var figure);
        if (problem is not null)
        {
            _rejected.Add(problem);
            return;
        }

        _accepted?.Add(figure!);
        Reduction.Add(figure!);
    }

    private Problem? Check(RawFigure row, out Figure? figure)
    {
        figure = null;
        var targetId = row.Target?.Trim();
        if (string.IsNullOrEmpty(targetId))
        {
            return Reject(row, "target", "the target id is empty");
        }

        if (!_ledger.TryGetTarget(targetId, out var target))
        {
            return Reject(row, "target", $"unknown target \"{targetId}\": ledger {_ledger.Id} has no such target id");
        }

        var asOfText = row.AsOf?.Trim();
        if (string.IsNullOrEmpty(asOfText) || !DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
        {
            return Reject(row, "as_of", $"bad date \"{row.AsOf}\": as_of must be written YYYY-MM-DD");
        }

        var valueText = row.Value?.Trim();
        if (string.IsNullOrEmpty(valueText) || !decimal.TryParse(valueText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
        {
            return Reject(row, "value", $"value \"{row.Value}\" is not a number");
        }

        var unit = string.IsNullOrWhiteSpace(row.Unit) ? null : row.Unit.Trim();
        if (unit is not null && !string.Equals(unit, target.Unit, StringComparison.Ordinal))
        {
            return Reject(row, "unit", $"unit \"{unit}\" differs from target {target.Id}'s unit \"{target.Unit}\"");
        }

        if (target.Kind == TargetKind.Milestone && value is < 0m or > 100m)
        {
            return Reject(row, "value", $"milestone {target.Id} takes the percent of the work done, 0–100; got {value}");
        }

        figure = new Figure(target.Id, Intern(row.Entity), asOf, value, row.Source, row.Line, _sequence++)
        {
            Unit = unit,
            ReportedBy = string.IsNullOrWhiteSpace(row.ReportedBy) ? null : row.ReportedBy.Trim(),
            Note = string.IsNullOrWhiteSpace(row.Note) ? null : row.Note,
        };
        return null;
    }

    // Thousands of rows name a handful of entities: keep one string per entity.
    private string Intern(string? entity)
    {
        var trimmed = entity?.Trim() ?? "";
        if (_entities.TryGetValue(trimmed, out var known))
        {
            return known;
        }

        _entities[trimmed] = trimmed;
        return trimmed;
    }

    private static Problem Reject(RawFigure row, string field, string reason) =>
        new(row.Source, row.Line, row.Columns is { } columns && columns.TryGetValue(field, out var column) ? column : 0, field, reason);
}
