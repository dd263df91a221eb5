using System.Linq.Expressions;

namespace Engine.Rules.Ledgers;

/// <summary>不低于 / 达到…以上: the figure must reach the value (or pass it, when exclusive).</summary>
internal sealed class AtLeastKind : TargetKind
{
    public override string Name => "at_least";

    internal override int Direction => 1;

    internal override string Description => "the figure reaches value (or exceeds it when exclusive)";

    internal override IReadOnlyDictionary<string, FieldUse> Fields { get; } = new Dictionary<string, FieldUse>(StringComparer.Ordinal)
    {
        ["value"] = FieldUse.Required,
        ["exclusive"] = FieldUse.Optional,
    };

    internal override Expression<Func<decimal, TargetBounds, bool>> Met => (v, t) => t.Exclusive ? v > t.Value : v >= t.Value;

    internal override decimal Progress(Target target, decimal? baseline, decimal figure) => Progress(target.Value!.Value, baseline, figure);

    private static decimal Progress(decimal value, decimal? baseline, decimal figure) =>
        baseline is { } b && b < value ? (figure - b) / (value - b)
        : value > 0m ? figure / value
        : 0m;

    internal override string? ProgressFormula(Target target, decimal? baseline, decimal figure, Func<decimal, string> number)
    {
        var value = target.Value!.Value;
        return baseline is { } b && b < value ? $"({number(figure)} − {number(b)}) / ({number(value)} − {number(b)})"
            : value > 0m ? $"{number(figure)} / {number(value)}"
            : null;
    }

    internal override decimal Distance(Target target, decimal figure) => target.Value!.Value - figure;

    internal override (decimal Lower, decimal Upper) MetRange(Target target) => (target.Value!.Value, decimal.MaxValue);


    internal override string Requirement(Target target, Func<decimal, string> number, bool withTolerance) =>
        (target.Exclusive ? ">" : "≥") + number(target.Value!.Value) + target.Unit;

    internal override string RequirementWords(Target target, Func<decimal, string> number, Language lang) =>
        (lang, target.Exclusive) switch
        {
            (Language.Zh, false) => "不低于",
            (Language.Zh, true) => "高于",
            (_, false) => "at least ",
            _ => "more than ",
        } + number(target.Value!.Value) + target.Unit;

    internal override string TemplateWords(Target target) => "不低于" + (target.Exclusive ? "（不含）" : "");

    internal override double SampleFigure(Target target, double share, double pace, double wobble, bool slow, Random own)
    {
        var v = D(target.Value);
        var b = D(target.Baseline);
        return v == 0 ? (slow ? -1.5 * own.NextDouble() : 0.5 + (own.NextDouble() * 8)) : b + (((v - b) * share * pace) * wobble);
    }

    // Growth rates may leave 0–100; only a plain share (0 < value ≤ 100) is kept inside it.
    internal override double ClampSample(Target target, double figure) =>
        target.Unit == "%" && target.Value is > 0m and <= 100m ? Math.Clamp(figure, 0, 100) : figure;
}
