using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Tests.Support;

/// <summary>The benchmark's kind of figures (the sample generator's large file), read back into a figure set.</summary>
internal static class GeneratedFigures
{
    public static FigureSet For(Ledger ledger, int entities, int rowsPerTargetAndEntity, int seed)
    {
        var text = new StringWriter();
        new Engine.Samples.SampleFigureGenerator(ledger, seed).WriteLarge(ledger.Targets.Count * entities * rowsPerTargetAndEntity, entities, text);
        var intake = new FigureIntake(ledger, keepRows: false);
        using (var folder = new TempFolder())
        {
            Engine.Rules.Figures.CsvFigureReader.Read(folder.File("generated.csv", text.ToString()), "generated.csv", intake);
        }

        return FigureSet.From(intake);
    }
}
