using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Assessment;

/// <summary>
/// The result of one evaluation run: a ledger, figures and one or more as-of dates in, one assessment per
/// (entity, as_of) out. <see cref="AsOf"/> and <see cref="Figures"/> describe the last date.
/// </summary>
public sealed record EvaluationResult(Ledger Ledger, DateOnly AsOf, FigureCounts Figures, IReadOnlyList<Problem> Rejected, IReadOnlyList<EntityAssessment> Assessments)
{
    /// <summary>Every as-of date assessed, in order (one element for a single-date run).</summary>
    public IReadOnlyList<DateOnly> AsOfDates { get; init; } = [AsOf];

    /// <summary>How the figure rows divide as of each date.</summary>
    public IReadOnlyDictionary<DateOnly, FigureCounts> CountsByDate { get; init; } = new Dictionary<DateOnly, FigureCounts> { [AsOf] = Figures };
}
