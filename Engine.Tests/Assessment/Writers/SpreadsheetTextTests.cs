using Engine.Rules.Assessment;

namespace Engine.Tests.Assessment.Writers;

public class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@A1", "'@A1")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("霞山区", "霞山区")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Safe_TextAFormulaCouldStartWith_GetsAnApostrophe(string text, string expected) =>
        Assert.Equal(expected, SpreadsheetText.Safe(text));
}
