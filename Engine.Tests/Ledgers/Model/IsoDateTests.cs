using System.Globalization;
using Engine.Rules.Ledgers;
using Engine.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Engine.Tests.Ledgers;

public class IsoDateTests
{
    [Theory]
    [InlineData("2023-06-30", 2023, 6, 30)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("2000-02-29", 2000, 2, 29)]
    public void TryParse_RealDay_IsThatDay(string text, int year, int month, int day)
    {
        Assert.True(IsoDate.TryParse(text, out var date, out var whyNot));
        Assert.Equal(new DateOnly(year, month, day), date);
        Assert.Null(whyNot);
        Assert.Equal(text, IsoDate.Format(date));
    }

    [Theory]
    [InlineData("2023-02-29", "2023-02-29: February 2023 has 28 days")]
    [InlineData("2023-02-30", "2023-02-30: February 2023 has 28 days")]
    [InlineData("2024-02-30", "2024-02-30: February 2024 has 29 days")]
    [InlineData("1900-02-29", "1900-02-29: February 1900 has 28 days")]
    [InlineData("2023-04-31", "2023-04-31: April has 30 days")]
    [InlineData("2023-01-32", "2023-01-32: January has 31 days")]
    [InlineData("2023-13-01", "2023-13-01: there is no month 13")]
    [InlineData("2023-00-10", "2023-00-10: there is no month 0")]
    [InlineData("2023-06-00", "2023-06-00: there is no day 0")]
    [InlineData("0000-01-01", "0000-01-01: there is no year 0")]
    public void TryParse_ImpossibleDay_SaysWhatIsWrong(string text, string expected)
    {
        Assert.False(IsoDate.TryParse(text, out _, out var whyNot));
        Assert.Equal(expected, whyNot);
        Assert.Equal(expected, IsoDate.WhyNot(text));
    }

    [Theory]
    [InlineData("2023/6/30")]
    [InlineData("2023-6-30")]
    [InlineData(" 2023-06-30")]
    [InlineData("2023-06-30 ")]
    [InlineData("20230630")]
    [InlineData("2023-06-30T00:00")]
    [InlineData("+2023-06-30")]
    [InlineData("２０２３-06-30")]
    [InlineData("")]
    public void TryParse_OtherForm_SaysTheForm(string text)
    {
        Assert.False(IsoDate.TryParse(text, out _, out var whyNot));
        Assert.Equal($"\"{text}\" is not a date in the form YYYY-MM-DD", whyNot);
    }

    [Fact]
    public void Parse_ImpossibleDay_ThrowsWithTheReason()
    {
        var e = Assert.Throws<FormatException>(() => IsoDate.Parse("2023-04-31"));
        Assert.Equal("2023-04-31: April has 30 days", e.Message);
    }

    [Fact]
    public void NotADate_NonText_IsWordedAsTextInAnotherForm() =>
        Assert.Equal("the number 20230630 is not a date in the form YYYY-MM-DD", IsoDate.NotADate("the number 20230630"));

    [Fact]
    public void Format_CultureWithAnotherCalendar_IsStillGregorianIso()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("th-TH");
            Assert.Equal("2023-06-30", IsoDate.Format(new DateOnly(2023, 6, 30)));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void TryFormat_IntoTenChars_WritesTheDate()
    {
        Span<char> buffer = stackalloc char[IsoDate.Length];
        Assert.True(IsoDate.TryFormat(new DateOnly(2023, 2, 28), buffer, out var written));
        Assert.Equal("2023-02-28", buffer[..written].ToString());
    }

    /// <summary>Every day DateOnly holds is written and read back as itself.</summary>
    [Property(MaxTest = 2000)]
    public Property FormatThenTryParse_AnyDay_RoundTrips() =>
        Prop.ForAll(
            Arb.From(DateGenerators.AnyDate),
            date => IsoDate.TryParse(IsoDate.Format(date), out var back) && back == date);

    /// <summary>
    /// The hand-written reader accepts exactly what the general format parser accepts with the pattern, with the
    /// same day, and gives a reason whenever it refuses: the accepted syntax is the one the engine always had.
    /// </summary>
    [Property(MaxTest = 3000)]
    public Property TryParse_NearDateText_AgreesWithTheGeneralParser() =>
        Prop.ForAll(
            Arb.From(Gen.OneOf(DateGenerators.NearDateText, TargetGenerators.DateText)),
            text =>
            {
                var general = DateOnly.TryParseExact(text, IsoDate.Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var expected);
                var fast = IsoDate.TryParse(text, out var date, out var whyNot);
                return general == fast && (fast ? date == expected && whyNot is null : !string.IsNullOrEmpty(whyNot));
            });
}
