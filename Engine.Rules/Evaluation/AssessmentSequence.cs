namespace Engine.Rules.Evaluation;

/// <summary>
/// The assessments of a batch run, made one at a time as they are read (as_of-major, then entity), so a
/// writer that streams them holds one (entity, as_of) in memory at a time however many there are.
/// Reading an item twice assesses it twice: outputs that pass over them more than once pay for it.
/// </summary>
internal sealed class AssessmentSequence : IReadOnlyList<EntityAssessment>
{
    private readonly Func<string, DateOnly, EntityAssessment> _assess;
    private readonly IReadOnlyList<string> _entities;
    private readonly IReadOnlyList<DateOnly> _dates;
    private readonly IProgress<(int Done, int Total)>? _progress;
    private int _made;

    public AssessmentSequence(Func<string, DateOnly, EntityAssessment> assess, IReadOnlyList<string> entities, IReadOnlyList<DateOnly> dates, IProgress<(int Done, int Total)>? progress)
    {
        _assess = assess;
        _entities = entities;
        _dates = dates;
        _progress = progress;
    }

    public int Count => _entities.Count * _dates.Count;

    public EntityAssessment this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var assessment = _assess(_entities[index % _entities.Count], _dates[index / _entities.Count]);
            _progress?.Report((Math.Min(++_made, Count), Count));
            return assessment;
        }
    }

    public IEnumerator<EntityAssessment> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
