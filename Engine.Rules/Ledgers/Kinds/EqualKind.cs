using System.Linq.Expressions;

namespace Engine.Rules.Ledgers;

/// <summary>为 / 实现…为0: the figure must be exactly the value.</summary>
internal sealed class EqualKind : TargetKind
{
    public override string Name => "equal";

    internal override int Direction => 0;

    internal override string Description => "the figure is exactly value";

    internal override IReadOnlyDictionary<string, FieldUse> Fields { get; } = new Dictionary<string, FieldUse>(StringComparer.Ordinal)
    {
        ["value"] = FieldUse.Required,
    };

    internal override Expression<Func<decimal, TargetBounds, bool>> Met => (v, t) => v == t.Value;

    internal override decimal Progress(Target target, decimal? baseline, decimal figure) =>
        BandProgress(target.Value!.Value, target.Value!.Value, baseline, figure);

    internal override string? ProgressFormula(Target target, decimal? baseline, decimal figure, Func<decimal, string> number) =>
        BandFormula(target.Value!.Value, target.Value!.Value, baseline, figure, number);

    internal override decimal Distance(Target target, decimal figure) => Math.Abs(figure - target.Value!.Value);

    internal override (decimal Lower, decimal Upper) MetRange(Target target) => (target.Value!.Value, target.Value!.Value);

    internal override string Requirement(Target target, Func<decimal, string> number, bool withTolerance) =>
        "=" + number(target.Value!.Value) + target.Unit;

    internal override string RequirementWords(Target target, Func<decimal, string> number, Language lang) =>
        (lang == Language.Zh ? "为" : "exactly ") + number(target.Value!.Value) + target.Unit;

    internal override string TemplateWords(Target target) => "等于";

    internal override double SampleFigure(Target target, double share, double pace, double wobble, bool slow, Random own)
    {
        var v = D(target.Value);
        return slow ? v + 1 + Math.Round(own.NextDouble() * 3) : v;
    }
}
