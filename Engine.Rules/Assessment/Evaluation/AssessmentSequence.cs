namespace Engine.Rules.Assessment;

/// <summary>
/// The assessments of a batch run, made as they are read (as_of-major, then entity), a session's worth of
/// (entity, as_of) pairs at a time, so a writer that streams them holds a few sessions' pairs in memory (one per
/// core at work) however many there are. Reading an item outside the current session's pairs assesses them
/// again: outputs that pass over them more than once pay for it.
/// </summary>
internal sealed class AssessmentSequence : IReadOnlyList<EntityAssessment>
{
    private readonly Func<IReadOnlyList<(string Entity, DateOnly AsOf)>, IReadOnlyList<EntityAssessment>> _assess;
    private readonly IReadOnlyList<string> _entities;
    private readonly IReadOnlyList<DateOnly> _dates;
    private readonly int _perSession;
    private readonly int _parallelism;
    private readonly IProgress<(int Done, int Total)>? _progress;
    private int _made;
    private int _chunkStart = -1;
    private IReadOnlyList<EntityAssessment> _chunk = [];

    public AssessmentSequence(Func<IReadOnlyList<(string Entity, DateOnly AsOf)>, IReadOnlyList<EntityAssessment>> assess, IReadOnlyList<string> entities, IReadOnlyList<DateOnly> dates, int perSession, int parallelism, IProgress<(int Done, int Total)>? progress)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perSession, 1);
        _parallelism = parallelism;
        _assess = assess;
        _entities = entities;
        _dates = dates;
        _perSession = perSession;
        _progress = progress;
    }

    public int Count => _entities.Count * _dates.Count;

    public EntityAssessment this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var start = index / _perSession * _perSession;
            if (start != _chunkStart)
            {
                _chunk = _assess(Slots(start));
                _chunkStart = start;
            }

            _progress?.Report((Math.Min(++_made, Count), Count));
            return _chunk[index - start];
        }
    }

    /// <summary>In order, with the next sessions already running on the other cores.</summary>
    public IEnumerator<EntityAssessment> GetEnumerator()
    {
        var starts = Enumerable.Range(0, (Count + _perSession - 1) / _perSession).Select(i => i * _perSession);
        foreach (var chunk in SessionPipeline.InOrder(starts, start => _assess(Slots(start)), _parallelism))
        {
            foreach (var assessment in chunk)
            {
                _progress?.Report((Math.Min(++_made, Count), Count));
                yield return assessment;
            }
        }
    }

    private (string Entity, DateOnly AsOf)[] Slots(int start)
    {
        var end = Math.Min(start + _perSession, Count);
        var slots = new (string, DateOnly)[end - start];
        for (var i = start; i < end; i++)
        {
            slots[i - start] = (_entities[i % _entities.Count], _dates[i / _entities.Count]);
        }

        return slots;
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
