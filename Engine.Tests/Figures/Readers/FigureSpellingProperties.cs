using Engine.Tests.Generators;
using Engine.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Engine.Tests.Figures.Readers;

public class FigureSpellingProperties
{
    /// <summary>Any valid figure written in any accepted spelling, encoding and line ending is read as the same (target, as_of, value).</summary>
    [Property(MaxTest = 150)]
    public Property Read_AnyAcceptedSpelling_IsTheSameFigure() =>
        Prop.ForAll(
            Arb.From(FigureTextGenerators.Figure),
            written =>
            {
                using var folder = new TempFolder();
                var set = FigureLedger.Read(folder, "f.csv", written.Bytes());
                return set.Rejected.Count == 0 && FigureLedger.Only(set) == (written.Target, written.AsOf, written.Value);
            });
}
