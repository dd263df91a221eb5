using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Assessment;

/// <summary>
/// The arithmetic of format v1: progress, the time-proportional expectation and rounding.
/// Decisions (met, status, combination) are made by the compiled rules; these are the numbers they use.
/// All in decimal: 12 ≥ 12.0 holds and 0.1 + 0.2 = 0.3.
/// </summary>
internal static class Semantics
{
    /// <summary>The revision of the assessment contract the outputs follow (2: nature, the judged date, 逾期完成).</summary>
    public const int Version = 2;

    /// <summary>Whether figure <paramref name="v"/> meets <paramref name="target"/> (the reference the compiled conditions are tested against).</summary>
    public static bool IsMet(Target target, decimal v) => target.Kind.IsMet(target, v);

    /// <summary>Progress in [0, 1] of an unmet target (a met one is 1).</summary>
    public static decimal ProgressWhenNotMet(Target target, decimal v) => Clamp(target.Kind.Progress(target, ProgressBaseline(target), v));

    /// <summary>Whether an unmet target keeps pace by whole numbers: an at-least count (a kind where more is better, not a share of the work done) counted in whole numbers.</summary>
    public static bool PacedInWholeNumbers(Target target) =>
        target.Integer && target.Kind.Direction > 0 && !target.Kind.MeasuresCompletion && target.Value is not null;

    /// <summary>Where progress is counted from: the target's baseline, or 0 for a total built up within the period.</summary>
    public static decimal? ProgressBaseline(Target target) => target.Baseline ?? (target.Nature == Nature.Cumulative ? 0m : null);


    /// <summary>
    /// The expected share of time τ = (A − S + 1)/(D − S + 1) in days: 0 before the period starts, 1 from the deadline on.
    /// </summary>
    public static decimal ExpectedShare(DateOnly periodStart, DateOnly deadline, DateOnly asOf)
    {
        if (asOf >= deadline)
        {
            return 1m;
        }

        if (asOf < periodStart)
        {
            return 0m;
        }

        var elapsed = asOf.DayNumber - periodStart.DayNumber + 1;
        var span = deadline.DayNumber - periodStart.DayNumber + 1;
        return Clamp((decimal)elapsed / span);
    }

    /// <summary>Target progress as reported: percent with one decimal, half away from zero.</summary>
    public static decimal TargetPercent(decimal share) => Math.Round(share * 100m, 1, MidpointRounding.AwayFromZero);

    /// <summary>Task progress as reported: whole percent, half away from zero.</summary>
    public static int TaskPercent(decimal share) => (int)Math.Round(share * 100m, 0, MidpointRounding.AwayFromZero);

    public static decimal Clamp(decimal p) => p < 0m ? 0m : p > 1m ? 1m : p;
}
