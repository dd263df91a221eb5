using Engine.Rules.Ledgers;

namespace Engine.Tests.Ledgers.Input;

public class InputTextTests
{
    [Theory]
    [InlineData("２１.１", "21.1")]
    [InlineData("１２％", "12%")]
    [InlineData("\u3000ＡＢＣ\u00a0", "ABC")]
    [InlineData("٢٠٢٣", "2023")]
    [InlineData("各县（市、区）人民政府：提升…登记笔数；是否！？", "各县（市、区）人民政府：提升…登记笔数；是否！？")]
    [InlineData("到２０２７年，压减至４５个工作日（含）", "到2027年，压减至45个工作日（含）")]
    public void Field_FullWidthAndOtherForms_ReadAsAsciiKeepingChinesePunctuation(string text, string expected) =>
        Assert.Equal(expected, InputText.Field(text));

    [Theory]
    [InlineData("a\tb\r\nc", false)]
    [InlineData("a\u0007b", true)]
    [InlineData("\u0000", true)]
    [InlineData("\u0085", true)]
    public void HasControl_OnlyTabCrAndLfAreAllowed(string text, bool control) =>
        Assert.Equal(control, InputText.HasControl(text));
}
