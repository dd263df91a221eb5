using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Assessment;

/// <summary>
/// Where a target is heading: a least-squares line through its figures in the period, read at the deadline.
/// Made only from three or more dated figures before the deadline; with fewer there is no projection, and no guess.
/// </summary>
/// <param name="Value">The figure the line gives at the deadline, clamped to the figures the kind can take.</param>
/// <param name="Likely">Whether that value meets the target.</param>
/// <param name="Points">How many dated figures the line was drawn through.</param>
public sealed record Projection(decimal Value, bool Likely, int Points)
{
    /// <summary>The fewest dated figures a projection is drawn through; with fewer there is none.</summary>
    public const int MinimumPoints = 3;

    /// <summary>The outlook as the JSON output writes it: <c>likely</c> or <c>at_risk</c>.</summary>
    public string Outlook => Likely ? "likely" : "at_risk";

    /// <summary>The target's trend to its deadline, or null when the deadline is reached or there are too few dated figures.</summary>
    /// <param name="target">The target whose figures they are; its deadline is where the line is read.</param>
    /// <param name="figures">The accepted figures of the target and entity, in any order.</param>
    /// <param name="asOf">The assessment date: figures after it are not used.</param>
    /// <param name="period">The ledger period: figures outside it are not used.</param>
    public static Projection? Of(Target target, IEnumerable<Figure> figures, DateOnly asOf, Period period)
    {
        if (asOf >= target.Deadline)
        {
            return null;
        }

        // One point per date: the figure in force on that date (the later row on a tie), in date order.
        var inPeriod = new List<Figure>();
        foreach (var f in figures)
        {
            if (f.AsOf <= asOf && f.AsOf >= period.Start && f.AsOf <= period.End)
            {
                inPeriod.Add(f);
            }
        }

        if (inPeriod.Count < MinimumPoints)
        {
            return null;
        }

        inPeriod.Sort((a, b) => a.AsOf != b.AsOf ? a.AsOf.CompareTo(b.AsOf) : a.Sequence.CompareTo(b.Sequence));
        var xs = new decimal[inPeriod.Count];
        var ys = new decimal[inPeriod.Count];
        var n = 0;
        for (var i = 0; i < inPeriod.Count; i++)
        {
            if (i + 1 < inPeriod.Count && inPeriod[i + 1].AsOf == inPeriod[i].AsOf)
            {
                continue;
            }

            xs[n] = inPeriod[i].AsOf.DayNumber - period.Start.DayNumber;
            ys[n] = inPeriod[i].Value;
            n++;
        }

        if (n < MinimumPoints)
        {
            return null;
        }

        decimal sumX = 0m, sumY = 0m;
        for (var i = 0; i < n; i++)
        {
            sumX += xs[i];
            sumY += ys[i];
        }

        var meanX = sumX / n;
        var meanY = sumY / n;
        decimal sxx = 0m, sxy = 0m;
        for (var i = 0; i < n; i++)
        {
            sxx += (xs[i] - meanX) * (xs[i] - meanX);
            sxy += (xs[i] - meanX) * (ys[i] - meanY);
        }

        if (sxx == 0m)
        {
            return null;
        }

        var slope = sxy / sxx;
        var atDeadline = meanY + (slope * ((target.Deadline.DayNumber - period.Start.DayNumber) - meanX));
        if (target.Kind.FigureRange is var (min, max))
        {
            atDeadline = Math.Clamp(atDeadline, min, max);
        }

        return new Projection(atDeadline, Semantics.IsMet(target, atDeadline), n);
    }
}
