using System.Linq.Expressions;

namespace Engine.Rules.Ledgers;

/// <summary>保持在…至…之间: the figure must lie in the band from value to value2, both included.</summary>
internal sealed class BetweenKind : TargetKind
{
    public override string Name => "between";

    internal override int Direction => 0;

    internal override string Description => "the figure lies from value to value2, both included";

    internal override IReadOnlyDictionary<string, FieldUse> Fields { get; } = new Dictionary<string, FieldUse>(StringComparer.Ordinal)
    {
        ["value"] = FieldUse.Required,
        ["value2"] = FieldUse.Required,
    };

    internal override Expression<Func<decimal, TargetBounds, bool>> Met => (v, t) => v >= t.Value && v <= t.Value2;

    internal override decimal Progress(Target target, decimal? baseline, decimal figure) =>
        BandProgress(target.Value!.Value, target.Value2!.Value, baseline, figure);

    internal override string? ProgressFormula(Target target, decimal? baseline, decimal figure, Func<decimal, string> number) =>
        BandFormula(target.Value!.Value, target.Value2!.Value, baseline, figure, number);

    internal override decimal Distance(Target target, decimal figure) =>
        figure < target.Value!.Value ? target.Value.Value - figure : figure - target.Value2!.Value;

    internal override (decimal Lower, decimal Upper) MetRange(Target target) => (target.Value!.Value, target.Value2!.Value);

    internal override string Requirement(Target target, Func<decimal, string> number, bool withTolerance) =>
        number(target.Value!.Value) + "–" + number(target.Value2!.Value) + target.Unit;

    internal override string RequirementWords(Target target, Func<decimal, string> number, Language lang) => lang == Language.Zh
        ? $"介于{number(target.Value!.Value)}{target.Unit}至{number(target.Value2!.Value)}{target.Unit}之间"
        : $"between {number(target.Value!.Value)}{target.Unit} and {number(target.Value2!.Value)}{target.Unit}";

    internal override string TemplateWords(Target target) => $"介于{target.Value}–{target.Value2}";

    internal override void Validate(decimal? value, decimal? value2, decimal? tolerance, Action<string, string> problem)
    {
        if (value is not null && value2 is not null && value2 < value)
        {
            problem("value2", $"\"value2\" ({value2}) is below \"value\" ({value}): a between range needs value ≤ value2");
        }
    }

    internal override double SampleFigure(Target target, double share, double pace, double wobble, bool slow, Random own)
    {
        var upper = D(target.Value2);
        return slow ? upper * 1.2 : (D(target.Value) + upper) / 2;
    }
}
