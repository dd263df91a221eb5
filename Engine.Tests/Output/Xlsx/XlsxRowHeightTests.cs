using Engine.Output.Xlsx;

namespace Engine.Tests.Output.Xlsx;

public class XlsxRowHeightTests
{
    [Fact]
    public void Lines_ShortText_IsOneLine() => Assert.Equal(1, XlsxRowHeight.Lines("已完成", 10));

    [Fact]
    public void Lines_CjkText_CountsTwoUnitsACharacter()
    {
        // A column 21 wide leaves 20 units: ten CJK characters a line.
        Assert.Equal(1, XlsxRowHeight.Lines(new string('办', 10), 21));
        Assert.Equal(2, XlsxRowHeight.Lines(new string('办', 11), 21));
        Assert.Equal(3, XlsxRowHeight.Lines(new string('办', 30), 21));
    }

    [Fact]
    public void Lines_LatinText_CountsOneUnitACharacter() =>
        Assert.Equal(1, XlsxRowHeight.Lines(new string('a', 20), 21));

    [Fact]
    public void Lines_LineBreaks_StartNewLines() => Assert.Equal(3, XlsxRowHeight.Lines("一\n二\r\n三", 20));

    [Fact]
    public void Lines_NumberAtTheEndOfALine_MovesWholeToTheNext()
    {
        // Nine characters fill 18 of 20 units; "2023" does not fit in the 2 left and is not split.
        Assert.Equal(2, XlsxRowHeight.Lines(new string('办', 9) + "2023", 21));
        Assert.Equal(1, XlsxRowHeight.Lines(new string('办', 8) + "2023", 21));
    }

    [Fact]
    public void Lines_ClosingPunctuation_TakesThePreviousCharacterAlong()
    {
        // Ten characters fill the line; the comma cannot start the next, so it carries the tenth with it.
        Assert.Equal(2, XlsxRowHeight.Lines(new string('办', 10) + "，", 21));
        Assert.Equal(2, XlsxRowHeight.Lines(new string('办', 10) + "，" + new string('办', 8), 21));
        Assert.Equal(3, XlsxRowHeight.Lines(new string('办', 10) + "，" + new string('办', 9), 21));
    }

    [Fact]
    public void Lines_WordWiderThanTheColumn_IsBrokenAcrossLines() => Assert.Equal(3, XlsxRowHeight.Lines(new string('x', 25), 11));

    [Fact]
    public void Points_GrowWithEachLine()
    {
        Assert.Equal(XlsxRowHeight.Points(1) + (2 * XlsxRowHeight.LinePoints), XlsxRowHeight.Points(3));
        Assert.True(XlsxRowHeight.Points(1) >= 14.25, "one line is at least Excel's default row");
    }
}
