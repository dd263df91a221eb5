using System.Globalization;
using Engine.Rules.Assessment;

namespace Engine.Tests.Assessment.Wording;

/// <summary>Numbers in explanations must read as the format "0.############" has always written them.</summary>
public class TargetPhrasesTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("0.000")]
    [InlineData("-0.0")]
    [InlineData("12")]
    [InlineData("120")]
    [InlineData("120.00")]
    [InlineData("-120.50")]
    [InlineData("12.5")]
    [InlineData("0.05")]
    [InlineData("-0.05")]
    [InlineData("0.000000000001")]
    [InlineData("0.0000000000005")]
    [InlineData("0.0000000000004")]
    [InlineData("1.2345678901234567")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-7922816251426433759354395.0335")]
    public void Number_ReadsAsTheFormatWritesIt(string text)
    {
        var value = decimal.Parse(text, CultureInfo.InvariantCulture);
        Assert.Equal(value.ToString("0.############", CultureInfo.InvariantCulture), TargetPhrases.Number(value));
    }

    [Fact]
    public void Number_ReadsAsTheFormatWritesIt_ForManyValues()
    {
        var random = new Random(18);
        for (var i = 0; i < 20_000; i++)
        {
            var value = new decimal(random.Next(), random.Next(2) == 0 ? 0 : random.Next(1000), 0, random.Next(2) == 0, (byte)random.Next(0, 29));
            Assert.Equal(value.ToString("0.############", CultureInfo.InvariantCulture), TargetPhrases.Number(value));
        }
    }
}
