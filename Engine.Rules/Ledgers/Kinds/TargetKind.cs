using System.Linq.Expressions;

namespace Engine.Rules.Ledgers;

/// <summary>
/// What kind of requirement a target states ("不低于12%", "控制在33个工作日内", "6月前建立…机制"). Each kind is one
/// type in this folder, registered once in <see cref="TargetKinds"/>; everything the engine does with a target that
/// depends on its kind asks the kind, so a new kind is one new file and one registration.
/// </summary>
public abstract class TargetKind
{
    private Func<decimal, TargetBounds, bool>? _isMet;

    // Only the kinds of this assembly: a kind's met test is compiled into the rule network.
    private protected TargetKind()
    {
    }

    /// <summary>The name rule files and outputs use (snake_case, format v1), e.g. <c>at_least</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Whether the figure is the share of the work done (0–100, shown with %), rather than a level in the target's unit.</summary>
    public virtual bool MeasuresCompletion => false;

    /// <summary>+1 when more is better, −1 when less is better, 0 when the figure should land on a value or in a band.</summary>
    internal abstract int Direction { get; }

    /// <summary>One line for the rule-file schema and <c>engine targets --help</c>.</summary>
    internal abstract string Description { get; }

    /// <summary>How this kind uses the fields whose meaning depends on the kind (<see cref="TargetKinds.DependentFields"/>).</summary>
    internal abstract IReadOnlyDictionary<string, FieldUse> Fields { get; }

    /// <summary>
    /// The met test of format v1, the one definition of "met": NRules compiles it with the target's numbers inlined
    /// (<see cref="MetCondition"/>), and every other use (projection, explain, tests) runs it compiled once per kind.
    /// </summary>
    internal abstract Expression<Func<decimal, TargetBounds, bool>> Met { get; }

    /// <summary>The kind's wire name (<see cref="Name"/>), e.g. <c>at_least</c>.</summary>
    public override string ToString() => Name;

    internal FieldUse Use(string field) => Fields.TryGetValue(field, out var use) ? use : FieldUse.Refused;

    internal bool Takes(string field) => Use(field) != FieldUse.Refused;

    internal bool IsMet(Target target, decimal figure) => (_isMet ??= Met.Compile())(figure, TargetBounds.Of(target));

    /// <summary>Progress of an unmet figure before clamping to [0, 1], counted from <paramref name="baseline"/> (null: none); 0 where there is no way to count it.</summary>
    internal abstract decimal Progress(Target target, decimal? baseline, decimal figure);

    /// <summary>The progress formula with the numbers in, for <c>engine explain</c>; null where there is no partial progress.</summary>
    internal abstract string? ProgressFormula(Target target, decimal? baseline, decimal figure, Func<decimal, string> number);

    /// <summary>How far an unmet figure is from the target, in the figure's unit; 0 or less when there is no distance to speak of.</summary>
    internal abstract decimal Distance(Target target, decimal figure);

    /// <summary>The figures that meet the target, as a closed interval (open ends at decimal's limits), for lint's contradiction check.</summary>
    internal virtual (decimal Lower, decimal Upper) MetRange(Target target) => (decimal.MinValue, decimal.MaxValue);

    /// <summary>The figures this kind can take at all; a figure outside is refused at intake and the template's cell validates it.</summary>
    internal virtual (decimal Min, decimal Max)? FigureRange => null;

    /// <summary>The requirement in short form, as explanations write it ("≥12%", "≈400亿元（±40亿元）").</summary>
    internal abstract string Requirement(Target target, Func<decimal, string> number, bool withTolerance);

    /// <summary>
    /// The requirement in words, as a circulated document writes it (不低于12%, 约400亿元（上下浮动40亿元）, at least 12%):
    /// no comparison symbols. The unit stays the ledger's own.
    /// </summary>
    internal abstract string RequirementWords(Target target, Func<decimal, string> number, Language lang);

    /// <summary>The requirement in words for the figures template's 类型 column ("不低于", "介于5–10").</summary>
    internal abstract string TemplateWords(Target target);

    /// <summary>Checks among the kind's own fields beyond presence (a range's order, a tolerance's sign).</summary>
    internal virtual void Validate(decimal? value, decimal? value2, decimal? tolerance, Action<string, string> problem)
    {
    }

    /// <summary>Why a field this kind does not take is refused.</summary>
    internal virtual string Refusal(string field) =>
        $"\"{field}\" applies to {string.Join(" and ", TargetKinds.Taking(field).Select(k => k.Name))} targets; this target is {Name}";

    /// <summary>
    /// A figure for the bundled samples: where a unit whose pace is <paramref name="pace"/> would stand at share
    /// <paramref name="share"/> of the year, with the target's own draws from <paramref name="own"/>.
    /// </summary>
    internal abstract double SampleFigure(Target target, double share, double pace, double wobble, bool slow, Random own);

    /// <summary>Keeps a sample percent figure within what a percent can be.</summary>
    internal virtual double ClampSample(Target target, double figure) =>
        target.Unit == "%" ? Math.Clamp(figure, (target.Value ?? 0m) > 0m ? 0 : -100, 100) : figure;

    private protected static double D(decimal? d) => (double)(d ?? 0m);

    /// <summary>
    /// Progress toward a band [lower, upper] from a starting point outside it: the share of the way from the baseline
    /// to the nearer edge (semantics v2, point 8); 0 without a baseline or from inside the band.
    /// </summary>
    private protected static decimal BandProgress(decimal lower, decimal upper, decimal? baseline, decimal figure) =>
        baseline is not { } b ? 0m
        : b < lower ? (figure - b) / (lower - b)
        : b > upper ? (b - figure) / (b - upper)
        : 0m;

    private protected static string? BandFormula(decimal lower, decimal upper, decimal? baseline, decimal figure, Func<decimal, string> number) =>
        baseline is not { } b ? null
        : b < lower ? $"({number(figure)} − {number(b)}) / ({number(lower)} − {number(b)})"
        : b > upper ? $"({number(b)} − {number(figure)}) / ({number(b)} − {number(upper)})"
        : null;
}
