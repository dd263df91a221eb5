using System.Globalization;
using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;
using Engine.Tests.Generators;
using Engine.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Engine.Tests.Properties;

/// <summary>Semantics v2 properties of the judged date and of stale figures, under a quarterly cycle with 10 days' grace.</summary>
public class ReportingProperties
{
    private const string Quarterly = TempLedger.QuarterlyHeader;

    private static readonly Period Year2023 = new(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31));

    private static Ledger Read(string target)
    {
        using var temp = new TempLedger(TempLedger.Area(target), Quarterly);
        return temp.Read();
    }

    private static string D(DateOnly d) => IsoDate.Format(d);

    private static string N(decimal v) => v.ToString(CultureInfo.InvariantCulture);

    private static DateOnly InPeriod(DateOnly d) => d < Year2023.Start ? Year2023.Start : d > Year2023.End ? Year2023.End : d;

    [Property(MaxTest = 40)]
    public Property FigureDatedAfterTheAsOfDate_ChangesNothing() =>
        Prop.ForAll(
            Arb.From(from t in TargetGenerators.Target() from a in TargetGenerators.Date from f in TargetGenerators.Date from v in TargetGenerators.Amount from later in TargetGenerators.Amount select (t, a, f, v, later)),
            x =>
            {
                var ledger = Read(x.t.Json());
                var asOf = InPeriod(x.a);
                var dated = InPeriod(x.f < asOf ? x.f : asOf);
                var value = x.t.Kind == "milestone" ? Math.Abs(x.v) % 100.01m : x.v;
                var extra = x.t.Kind == "milestone" ? Math.Abs(x.later) % 100.01m : x.later;
                var alone = Run.Target(Run.Evaluate(ledger, D(asOf), ("1.1", D(dated), N(value))));
                if (asOf >= Year2023.End)
                {
                    return true; // no date in the period lies after it
                }

                var withLater = Run.Target(Run.Evaluate(ledger, D(asOf), ("1.1", D(dated), N(value)), ("1.1", D(asOf.AddDays(1)), N(extra))));
                return alone.Status == withLater.Status && alone.Progress == withLater.Progress && alone.Expected == withLater.Expected && alone.Stale == withLater.Stale;
            });

    [Property(MaxTest = 40)]
    public Property BeingStale_IsNeverLessSevereThanTheSameFigureOnTime() =>
        Prop.ForAll(
            Arb.From(from t in TargetGenerators.Target() from a in TargetGenerators.Date from f in TargetGenerators.Date from v in TargetGenerators.Amount select (t, a, f, v)),
            x =>
            {
                var ledger = Read(x.t.Json());
                var asOf = InPeriod(x.a);
                if (ledger.Reporting!.ReportDueBy(ledger.Period, asOf) is not { } owed)
                {
                    return true;
                }

                var value = x.t.Kind == "milestone" ? Math.Abs(x.v) % 100.01m : x.v;
                var old = InPeriod(x.f < owed ? x.f : owed.AddDays(-1));
                var stale = Run.Target(Run.Evaluate(ledger, D(asOf), ("1.1", D(old), N(value))));
                var onTime = Run.Target(Run.Evaluate(ledger, D(asOf), ("1.1", D(owed), N(value))));
                return !stale.Stale || Statuses.SeverityOf(stale.Status) >= Statuses.SeverityOf(onTime.Status);
            });
}
