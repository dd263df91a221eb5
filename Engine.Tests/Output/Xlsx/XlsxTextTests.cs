using Engine.Output.Xlsx;

namespace Engine.Tests.Output.Xlsx;

public class XlsxTextTests
{
    [Theory]
    [InlineData("霞山区", "霞山区")]
    [InlineData("a\tb\nc\rd", "a\tb\nc\rd")]
    [InlineData("a\u0004b", "a\uFFFDb")]
    [InlineData("\u0000", "\uFFFD")]
    [InlineData("😀", "😀")]
    [InlineData("\uFFFE", "\uFFFD")]
    public void Writable_Text_KeepsWhatXmlHoldsAndMarksTheRest(string text, string expected) =>
        Assert.Equal(expected, XlsxText.Writable(text));

    // Built in code: a lone surrogate in an attribute's data does not survive the test runner's serialisation.
    [Fact]
    public void Writable_LoneSurrogates_EachMarked()
    {
        Assert.Equal("x\uFFFDy", XlsxText.Writable("x" + '\ud800' + "y"));
        Assert.Equal("y\uFFFD", XlsxText.Writable("y" + '\udc00'));
        Assert.Equal("\uFFFD\uFFFD", XlsxText.Writable(new string(['\udc00', '\ud800'])));
    }
}
