using Engine.Rules.Ledgers;

namespace Engine.Rules.Figures;

/// <summary>Keeps raw rows as read, for callers that check them against more than one ledger (diff).</summary>
internal sealed class RowCollector : IFigureSink
{
    private readonly List<RawFigure> _rows = [];

    public IReadOnlyList<RawFigure> Rows => _rows;

    public void Add(RawFigure row) => _rows.Add(row);

    // A row that cannot be split into fields is rejected the same way under any ledger; keep it as an empty row
    // so each ledger's intake rejects and counts it.
    public void Reject(Problem problem) => _rows.Add(new RawFigure(problem.Source, problem.Line, null, null, null));
}
