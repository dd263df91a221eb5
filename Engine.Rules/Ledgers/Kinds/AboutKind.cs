using System.Linq.Expressions;

namespace Engine.Rules.Ledgers;

/// <summary>…左右: the figure must be within the tolerance of the value (10% of |value| unless the rule file says).</summary>
internal sealed class AboutKind : TargetKind
{
    public override string Name => "about";

    internal override int Direction => 0;

    internal override string Description => "the figure is within tolerance of value (default 10% of |value|)";

    internal override IReadOnlyDictionary<string, FieldUse> Fields { get; } = new Dictionary<string, FieldUse>(StringComparer.Ordinal)
    {
        ["value"] = FieldUse.Required,
        ["tolerance"] = FieldUse.Optional,
    };

    internal override Expression<Func<decimal, TargetBounds, bool>> Met => (v, t) => Math.Abs(v - t.Value) <= t.Tolerance;

    internal override decimal Progress(Target target, decimal? baseline, decimal figure) =>
        BandProgress(target.Value!.Value, target.Value!.Value, baseline, figure);

    internal override string? ProgressFormula(Target target, decimal? baseline, decimal figure, Func<decimal, string> number) =>
        BandFormula(target.Value!.Value, target.Value!.Value, baseline, figure, number);

    internal override decimal Distance(Target target, decimal figure) => Math.Abs(figure - target.Value!.Value);

    internal override (decimal Lower, decimal Upper) MetRange(Target target) =>
        (target.Value!.Value - target.EffectiveTolerance, target.Value!.Value + target.EffectiveTolerance);

    internal override string Requirement(Target target, Func<decimal, string> number, bool withTolerance) =>
        "≈" + number(target.Value!.Value) + target.Unit + (withTolerance ? "（±" + number(target.EffectiveTolerance) + target.Unit + "）" : "");

    internal override string RequirementWords(Target target, Func<decimal, string> number, Language lang) => lang == Language.Zh
        ? $"约{number(target.Value!.Value)}{target.Unit}（上下浮动{number(target.EffectiveTolerance)}{target.Unit}）"
        : $"about {number(target.Value!.Value)}{target.Unit} (give or take {number(target.EffectiveTolerance)}{target.Unit})";

    internal override string TemplateWords(Target target) => "约为";

    internal override void Validate(decimal? value, decimal? value2, decimal? tolerance, Action<string, string> problem)
    {
        if (tolerance < 0m)
        {
            problem("tolerance", $"\"tolerance\" is {tolerance}; it must be 0 or more");
        }
    }

    internal override double SampleFigure(Target target, double share, double pace, double wobble, bool slow, Random own)
    {
        var v = D(target.Value);
        return slow ? v * 0.75 : v * (0.96 + (own.NextDouble() * 0.08));
    }
}
