using Engine.Rules.Ledgers;

namespace Engine.Rules.Figures;

/// <summary>
/// The figures of a run, reduced to what the assessment needs: the figure in force for any (entity, target) as of
/// any date, and where every row went. The per-row work happened in the intake (a lookup and a small insert);
/// no rule engine is involved here.
/// </summary>
public sealed class FigureSet
{
    private readonly FigureReduction _reduction;
    private readonly ILookup<(string, string), Figure>? _rows;

    private FigureSet(FigureReduction reduction, IReadOnlyList<Figure>? rows, int read, IReadOnlyList<Problem> rejected, int blank, IReadOnlyDictionary<string, string> encodings)
    {
        Blank = blank;
        Encodings = encodings;
        _reduction = reduction;
        _rows = rows?.ToLookup(f => (f.Entity, f.TargetId));
        Read = read;
        Rejected = rejected;
        Entities = [.. reduction.ByKey.Keys.Select(k => k.Entity).Distinct().Order(StringComparer.Ordinal)];
        LatestAsOf = reduction.ByKey.Count == 0 ? null : reduction.ByKey.Values.Max(d => d.Keys[^1]);
    }

    /// <summary>The figures an intake accepted, with its row count and rejections; the intake can be dropped afterwards.</summary>
    public static FigureSet From(FigureIntake intake)
    {
        intake.Reduction.Complete();
        return new(intake.Reduction, intake.KeptRows, intake.Read, intake.Rejected, intake.Blank, intake.Encodings);
    }

    /// <summary>How many rows were read in all; used, superseded, after the as-of date, rejected and blank add up to it.</summary>
    public int Read { get; }

    /// <summary>Rows with neither a value nor a date, skipped and counted (part of <see cref="Read"/>).</summary>
    public int Blank { get; }

    /// <summary>The text encoding each figure file was read in ("UTF-8", "UTF-16", "GB18030"), by the file's name in problems.</summary>
    public IReadOnlyDictionary<string, string> Encodings { get; }

    /// <summary>Every rejected row with file, line, field and reason.</summary>
    public IReadOnlyList<Problem> Rejected { get; }

    /// <summary>Entities with at least one accepted figure, in ordinal order.</summary>
    public IReadOnlyList<string> Entities { get; }

    /// <summary>The latest as_of of any accepted figure, null with no figures; a run's default as-of date is this but not after the period end.</summary>
    public DateOnly? LatestAsOf { get; }

    /// <summary>The figure in force for the target as of the date: the latest not after it, the later row on a tie.</summary>
    public Figure? InForce(string entity, string targetId, DateOnly asOf)
    {
        if (!_reduction.ByKey.TryGetValue((entity, targetId), out var dates))
        {
            return null;
        }

        // Dates ascend; find the last one not after asOf.
        var keys = dates.Keys;
        int lo = 0, hi = keys.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (keys[mid] <= asOf)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found < 0 ? null : dates.Values[found].Latest;
    }

    /// <summary>How many distinct dates the target has figures for, from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    public int DatesBetween(string entity, string targetId, DateOnly from, DateOnly to)
    {
        if (!_reduction.ByKey.TryGetValue((entity, targetId), out var dates))
        {
            return 0;
        }

        var count = 0;
        foreach (var date in dates.Keys)
        {
            if (date > to)
            {
                break;
            }

            count += date >= from ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// The accepted figures for the target and entity: every row when the intake kept rows, else the latest
    /// row of each date.
    /// </summary>
    public IReadOnlyList<Figure> All(string entity, string targetId)
    {
        if (_rows is not null)
        {
            return [.. _rows[(entity, targetId)]];
        }

        return _reduction.ByKey.TryGetValue((entity, targetId), out var dates) ? [.. dates.Values.Select(s => s.Latest)] : [];
    }

    /// <summary>How the rows divide as of a date: each accepted row is used, superseded or after the date.</summary>
    public FigureCounts CountsAsOf(DateOnly asOf)
    {
        int used = 0, upTo = 0, after = 0;
        foreach (var dates in _reduction.ByKey.Values)
        {
            var any = false;
            for (var i = 0; i < dates.Count; i++)
            {
                if (dates.Keys[i] <= asOf)
                {
                    upTo += dates.Values[i].Rows;
                    any = true;
                }
                else
                {
                    after += dates.Values[i].Rows;
                }
            }

            used += any ? 1 : 0;
        }

        return new FigureCounts(Read, used, Rejected.Count, upTo - used, after) { Blank = Blank };
    }
}
