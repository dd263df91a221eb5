using System.Linq.Expressions;

namespace Engine.Rules.Ledgers;

/// <summary>不超过 / 控制在…以内 / 压缩至: the figure must stay at or under the value (under it, when exclusive).</summary>
internal sealed class AtMostKind : TargetKind
{
    public override string Name => "at_most";

    internal override int Direction => -1;

    internal override string Description => "the figure stays at or under value (under it when exclusive)";

    internal override IReadOnlyDictionary<string, FieldUse> Fields { get; } = new Dictionary<string, FieldUse>(StringComparer.Ordinal)
    {
        ["value"] = FieldUse.Required,
        ["exclusive"] = FieldUse.Optional,
    };

    internal override Expression<Func<decimal, TargetBounds, bool>> Met => (v, t) => t.Exclusive ? v < t.Value : v <= t.Value;

    internal override decimal Progress(Target target, decimal? baseline, decimal figure) => Progress(target.Value!.Value, baseline, figure);

    private static decimal Progress(decimal value, decimal? baseline, decimal figure) =>
        baseline is { } b && b > value ? (b - figure) / (b - value)
        : figure > 0m ? value / figure
        : 0m;

    internal override string? ProgressFormula(Target target, decimal? baseline, decimal figure, Func<decimal, string> number)
    {
        var value = target.Value!.Value;
        return baseline is { } b && b > value ? $"({number(b)} − {number(figure)}) / ({number(b)} − {number(value)})"
            : figure > 0m ? $"{number(value)} / {number(figure)}"
            : null;
    }

    internal override decimal Distance(Target target, decimal figure) => figure - target.Value!.Value;

    internal override (decimal Lower, decimal Upper) MetRange(Target target) => (decimal.MinValue, target.Value!.Value);


    internal override string Requirement(Target target, Func<decimal, string> number, bool withTolerance) =>
        (target.Exclusive ? "<" : "≤") + number(target.Value!.Value) + target.Unit;

    internal override string RequirementWords(Target target, Func<decimal, string> number, Language lang) =>
        (lang, target.Exclusive) switch
        {
            (Language.Zh, false) => "不超过",
            (Language.Zh, true) => "低于",
            (_, false) => "at most ",
            _ => "less than ",
        } + number(target.Value!.Value) + target.Unit;

    internal override string TemplateWords(Target target) => "不高于" + (target.Exclusive ? "（不含）" : "");

    internal override double SampleFigure(Target target, double share, double pace, double wobble, bool slow, Random own)
    {
        var v = D(target.Value);
        if (target.Baseline is { } baseline)
        {
            var start = (double)baseline;
            return start - ((start - v) * share * pace * wobble);
        }

        return v == 0
            ? (slow ? 1 + (own.NextDouble() * 3) : -1 - (own.NextDouble() * 5))
            : (slow ? v * (1.1 + (own.NextDouble() * 0.3)) : v * (0.7 + (own.NextDouble() * 0.28)));
    }
}
