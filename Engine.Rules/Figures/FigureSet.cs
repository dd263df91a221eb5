using Engine.Rules.Problems;

namespace Engine.Rules.Figures;

/// <summary>
/// Accepted figures grouped by (entity, target), ready to give the figure in force as of any date.
/// The per-row work is a dictionary lookup and a list append; no rule engine is involved here.
/// </summary>
public sealed class FigureSet
{
    private readonly Dictionary<(string Entity, string Target), List<Figure>> _byKey = [];

    public FigureSet(IEnumerable<Figure> accepted, int read, IReadOnlyList<Problem> rejected)
    {
        foreach (var figure in accepted)
        {
            var key = (figure.Entity, figure.TargetId);
            if (!_byKey.TryGetValue(key, out var list))
            {
                _byKey[key] = list = [];
            }

            list.Add(figure);
        }

        // Latest first; on equal dates the later row first, so the first figure not after A is the one in force.
        foreach (var list in _byKey.Values)
        {
            list.Sort(static (a, b) => b.AsOf != a.AsOf ? b.AsOf.CompareTo(a.AsOf) : b.Sequence.CompareTo(a.Sequence));
        }

        Read = read;
        Rejected = rejected;
        Entities = [.. _byKey.Keys.Select(k => k.Entity).Distinct().Order(StringComparer.Ordinal)];
        LatestAsOf = _byKey.Count == 0 ? null : _byKey.Values.Max(l => l[0].AsOf);
    }

    public static FigureSet From(FigureIntake intake) => new(intake.Accepted, intake.Read, intake.Rejected);

    public int Read { get; }

    public IReadOnlyList<Problem> Rejected { get; }

    /// <summary>Entities with at least one accepted figure, in ordinal order.</summary>
    public IReadOnlyList<string> Entities { get; }

    public DateOnly? LatestAsOf { get; }

    /// <summary>The figure in force for the target as of the date: the latest not after it, the later row on a tie.</summary>
    public Figure? InForce(string entity, string targetId, DateOnly asOf)
    {
        if (!_byKey.TryGetValue((entity, targetId), out var list))
        {
            return null;
        }

        foreach (var figure in list)
        {
            if (figure.AsOf <= asOf)
            {
                return figure;
            }
        }

        return null;
    }

    /// <summary>Every accepted figure for the target and entity, latest first.</summary>
    public IReadOnlyList<Figure> All(string entity, string targetId) =>
        _byKey.TryGetValue((entity, targetId), out var list) ? list : [];

    /// <summary>How the rows divide as of a date: each accepted row is used, superseded or after the date.</summary>
    public FigureCounts CountsAsOf(DateOnly asOf)
    {
        int used = 0, superseded = 0, after = 0;
        foreach (var list in _byKey.Values)
        {
            var found = false;
            foreach (var figure in list)
            {
                if (figure.AsOf > asOf)
                {
                    after++;
                }
                else if (!found)
                {
                    found = true;
                    used++;
                }
                else
                {
                    superseded++;
                }
            }
        }

        return new FigureCounts(Read, used, Rejected.Count, superseded, after);
    }
}
