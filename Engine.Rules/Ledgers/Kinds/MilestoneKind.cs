using System.Linq.Expressions;

namespace Engine.Rules.Ledgers;

/// <summary>建立…机制 / 6月前完成…: no number to reach; the figure is the share of the work done, met at 100.</summary>
internal sealed class MilestoneKind : TargetKind
{
    public override string Name => "milestone";

    public override bool MeasuresCompletion => true;

    internal override int Direction => 1;

    internal override string Description => "the figure is the percent of the work done (0–100), met at 100; no value";

    internal override IReadOnlyDictionary<string, FieldUse> Fields { get; } = new Dictionary<string, FieldUse>(StringComparer.Ordinal);

    internal override Expression<Func<decimal, TargetBounds, bool>> Met => (v, t) => v >= 100m;

    internal override decimal Progress(Target target, decimal? baseline, decimal figure) => figure / 100m;

    internal override string? ProgressFormula(Target target, decimal? baseline, decimal figure, Func<decimal, string> number) => $"{number(figure)} / 100";

    internal override decimal Distance(Target target, decimal figure) => 100m - figure;

    internal override (decimal Min, decimal Max)? FigureRange => (0m, 100m);


    internal override string Requirement(Target target, Func<decimal, string> number, bool withTolerance) => "100%";

    internal override string RequirementWords(Target target, Func<decimal, string> number, Language lang) =>
        lang == Language.Zh ? "全部完成" : "fully done";

    internal override string TemplateWords(Target target) => "完成进度（%）";

    internal override string Refusal(string field) => field == "value"
        ? "a milestone has no \"value\": its figure is the percent of the work done (0–100)"
        : base.Refusal(field);

    internal override double SampleFigure(Target target, double share, double pace, double wobble, bool slow, Random own) =>
        Math.Min(100, 100 * share * pace * wobble);
}
