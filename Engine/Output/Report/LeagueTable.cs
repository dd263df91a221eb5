using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;

namespace Engine.Output.Report;

/// <summary>
/// The lead units ranked as a 通报 ranks them: by the share of their tasks that are behind or owe a report
/// (lagging + missed + 待报送), then by how many such tasks they have (more first), then by name. A unit that
/// reported nothing is therefore never among the best. Units are counted by canonical name, so 市市场监管局 and
/// 市市场监督管理局 are one row.
/// </summary>
internal static class LeagueTable
{
    internal sealed record Row(string Unit, IReadOnlyDictionary<Status, int> Counts, int Stale, int Total)
    {
        /// <summary>Tasks lagging, missed or with no figure (待报送).</summary>
        public int Behind => Counts[Status.Lagging] + Counts[Status.Missed] + Counts[Status.NoData];

        public decimal Share => Total == 0 ? 0m : (decimal)Behind / Total;
    }

    public static IReadOnlyList<Row> Of(Ledger ledger, IEnumerable<TaskAssessment> tasks) =>
    [
        .. tasks.SelectMany(t => ledger.Units.CanonicalDistinct(t.Task.Lead).Select(unit => (Unit: unit, Task: t)))
            .GroupBy(p => p.Unit, StringComparer.Ordinal)
            .Select(g => new Row(
                g.Key,
                Statuses.Order.ToDictionary(s => s, s => g.Count(p => p.Task.Status == s)),
                g.Count(p => p.Task.Stale),
                g.Count()))
            .OrderByDescending(r => r.Share)
            .ThenByDescending(r => r.Behind)
            .ThenBy(r => r.Unit, StringComparer.Ordinal),
    ];
}
