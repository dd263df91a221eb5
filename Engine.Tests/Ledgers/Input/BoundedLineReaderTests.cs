using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Ledgers.Input;

/// <summary>The line bound of the text readers: a line past it is refused at its line, whatever ends the lines before.</summary>
public class BoundedLineReaderTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Read_LineOverTheBound_IsRefusedAtItsLine(string end)
    {
        var text = $"a{end}b{end}{new string('x', InputBounds.LineLength + 1)}{end}c";
        using var reader = new BoundedLineReader(new StringReader(text), "f.csv");

        var e = Assert.Throws<FigureFileException>(() => reader.ReadToEnd());

        Assert.Equal(("f.csv", 3, ProblemCodes.TooLong), (e.Problem.Source, e.Problem.Line, e.Problem.Code));
    }

    [Fact]
    public void Read_CrLfSplitAcrossReads_CountsOneLine()
    {
        // The buffer holds 65,536 characters: the CR ends the first buffer, its LF starts the second.
        var first = new string('x', (1 << 16) - 1) + "\r";
        var text = first + "\n" + "y\n" + new string('z', InputBounds.LineLength + 1);
        using var reader = new BoundedLineReader(new StringReader(text), "f.csv");

        var e = Assert.Throws<FigureFileException>(() => reader.ReadToEnd());

        Assert.Equal(3, e.Problem.Line);
    }

    [Fact]
    public void ReadLine_MixedLineEnds_ReadsEachLine()
    {
        using var reader = new BoundedLineReader(new StringReader("a\r\nb\rc\n\nd"), "f.txt");
        var lines = new List<string>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lines.Add(line);
        }

        Assert.Equal(["a", "b", "c", "", "d"], lines);
    }

    [Theory]
    [InlineData("f.csv", ",")]
    [InlineData("f.tsv", "\t")]
    public void Read_FigureFileWithAnOverlongLine_IsRefusedNamingFileAndLine(string name, string separator)
    {
        using var folder = new TempFolder();
        var text = $"target{separator}as_of{separator}value\n20.1{separator}2023-06-30{separator}12\n{new string('9', InputBounds.LineLength + 1)}\n";

        var e = Assert.Throws<FigureFileException>(() => FigureLedger.Read(folder, name, text));

        Assert.Equal((name, 3, ProblemCodes.TooLong), (e.Problem.Source, e.Problem.Line, e.Problem.Code));
    }

    [Fact]
    public void Add_CellOverTheBound_IsARejectedRowNamingTheCell()
    {
        using var folder = new TempFolder();
        var set = FigureLedger.Read(folder, "f.csv", $"target,as_of,value,note\n20.1,2023-06-30,12,{new string('注', InputBounds.CellLength + 1)}\n");

        var problem = Assert.Single(set.Rejected);
        Assert.Equal(("f.csv", 2, 4, "note", ProblemCodes.TooLong), (problem.Source, problem.Line, problem.Column, problem.Field, problem.Code));
        Assert.Equal("the note cell holds 32,768 characters; a cell holds at most 32,767", problem.Message);
    }
}
