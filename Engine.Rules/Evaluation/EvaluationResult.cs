using Engine.Rules.Figures;
using Engine.Rules.Model;
using Engine.Rules.Problems;

namespace Engine.Rules.Evaluation;

/// <summary>The result of one evaluation run: a ledger, figures and an as-of date in, one assessment per entity out.</summary>
public sealed record EvaluationResult(Ledger Ledger, DateOnly AsOf, FigureCounts Figures, IReadOnlyList<Problem> Rejected, IReadOnlyList<EntityAssessment> Assessments);
