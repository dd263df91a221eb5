using Engine.Rules.Figures;
using Engine.Rules.Model;

namespace Engine.Rules.Assessment;

/// <summary>
/// Where a target is heading: a least-squares line through its figures in the period, read at the deadline.
/// Made only from three or more dated figures before the deadline; with fewer there is no projection, and no guess.
/// </summary>
public sealed record Projection(decimal Value, bool Likely, int Points)
{
    public const int MinimumPoints = 3;

    public string Outlook => Likely ? "likely" : "at_risk";

    /// <param name="figures">The accepted figures of the target and entity, in any order.</param>
    public static Projection? Of(Target target, IEnumerable<Figure> figures, DateOnly asOf, Period period)
    {
        if (asOf >= target.Deadline)
        {
            return null;
        }

        // One point per date: the figure in force on that date (the later row on a tie).
        var points = figures
            .Where(f => f.AsOf <= asOf && f.AsOf >= period.Start && f.AsOf <= period.End)
            .GroupBy(f => f.AsOf)
            .Select(g => g.MaxBy(f => f.Sequence)!)
            .Select(f => (X: (decimal)(f.AsOf.DayNumber - period.Start.DayNumber), Y: f.Value))
            .ToList();
        if (points.Count < MinimumPoints)
        {
            return null;
        }

        var meanX = points.Average(p => p.X);
        var meanY = points.Average(p => p.Y);
        var sxx = points.Sum(p => (p.X - meanX) * (p.X - meanX));
        if (sxx == 0m)
        {
            return null;
        }

        var slope = points.Sum(p => (p.X - meanX) * (p.Y - meanY)) / sxx;
        var atDeadline = meanY + (slope * ((target.Deadline.DayNumber - period.Start.DayNumber) - meanX));
        if (target.Kind == TargetKind.Milestone)
        {
            atDeadline = Math.Clamp(atDeadline, 0m, 100m);
        }

        return new Projection(atDeadline, Semantics.IsMet(target, atDeadline), points.Count);
    }
}
