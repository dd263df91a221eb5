using BenchmarkDotNet.Attributes;
using Engine.Rules.Assessment;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Bench;

/// <summary>BenchmarkDotNet over the inner loops: taking in figure rows, assessing one entity alone, and a full session of pairs.</summary>
[MemoryDiagnoser]
public class InnerLoops
{
    private Ledger _ledger = null!;
    private Evaluator _evaluator = null!;
    private FigureSet _figures = null!;
    private RawFigure[] _rows = null!;
    private (string Entity, DateOnly AsOf)[] _session = null!;

    [GlobalSetup]
    public void Setup()
    {
        _ledger = LedgerReader.Read(Path.Combine("targets", "zhanjiang-2023"));
        _evaluator = new Evaluator(_ledger);
        _rows = [.. _ledger.Targets.Select((t, i) => new RawFigure("bench", i + 2, t.Id, "2023-06-30", t.Kind.Name == "milestone" ? "50" : "3.5"))];
        var intake = new FigureIntake(_ledger, keepRows: false);
        foreach (var row in _rows)
        {
            intake.Add(row);
        }

        _figures = FigureSet.From(intake);
        _session = [.. Enumerable.Range(0, Evaluator.SlotsPerSession).Select(_ => ("", new DateOnly(2023, 6, 30)))];
    }

    [Benchmark(Description = "intake: 595 rows")]
    public int Intake()
    {
        var intake = new FigureIntake(_ledger, keepRows: false);
        foreach (var row in _rows)
        {
            intake.Add(row);
        }

        return intake.Read;
    }

    [Benchmark(Description = "assess: one entity, whole ledger")]
    public int AssessOneEntity() => _evaluator.Assess(_figures, "", new DateOnly(2023, 6, 30)).Tasks.Count;

    [Benchmark(Description = "assess: one session of 32 (entity, as_of) pairs, whole ledger")]
    public int AssessOneSession() => _evaluator.Assess(_figures, _session).Sum(a => a.Tasks.Count);
}
