using Engine.Output.Xlsx;

namespace Engine.Tests.Output.Xlsx;

public class XlsxSheetNamesTests
{
    private const string Long1 = "湛江经济技术开发区管理委员会经济发展局下属产业园区服务中心东海岛片区";
    private const string Long2 = "湛江经济技术开发区管理委员会经济发展局下属产业园区服务中心硇洲岛片区";

    [Fact]
    public void Claim_NameThatFits_IsKept() => Assert.Equal("赤坎区", new XlsxSheetNames().Claim("赤坎区"));

    [Fact]
    public void Claim_ForbiddenCharacters_AreReplaced() => Assert.Equal("a_b_c_d_e_f_g_h", new XlsxSheetNames().Claim("a[b]c:d*e?f/g\\h"));

    [Fact]
    public void Claim_LongName_KeepsItsEndWithinTheLimit()
    {
        var name = new XlsxSheetNames().Claim(Long1);
        Assert.Equal(XlsxSheetNames.MaxLength, name.Length);
        Assert.StartsWith("…", name, StringComparison.Ordinal);
        Assert.EndsWith("东海岛片区", name, StringComparison.Ordinal);
    }

    [Fact]
    public void Claim_LongNamesAlikeAtTheStart_StayApartByTheirEnds()
    {
        var names = new XlsxSheetNames();
        var (a, b) = (names.Claim(Long1), names.Claim(Long2));
        Assert.NotEqual(a, b);
        Assert.EndsWith("东海岛片区", a, StringComparison.Ordinal);
        Assert.EndsWith("硇洲岛片区", b, StringComparison.Ordinal);
    }

    [Fact]
    public void Claim_LongNamesAlikeAtTheEnd_AreNumberedAtTheFrontKeepingTheEnd()
    {
        var names = new XlsxSheetNames();
        var first = names.Claim("甲" + Long1);
        var second = names.Claim("乙" + Long1);
        Assert.StartsWith("(2)…", second, StringComparison.Ordinal);
        Assert.EndsWith("东海岛片区", second, StringComparison.Ordinal);
        Assert.True(second.Length <= XlsxSheetNames.MaxLength);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Claim_SameShortNameTwice_NumbersTheSecondIgnoringCase()
    {
        var names = new XlsxSheetNames();
        Assert.Equal("ab", names.Claim("ab"));
        Assert.Equal("AB(2)", names.Claim("AB"));
    }

    [Fact]
    public void Claim_TheNamesItGave_GivesThemAgain()
    {
        string[] wanted = ["汇总", Long1, Long2, "甲" + Long1, "乙" + Long1, "a/b", "a:b", ""];
        var first = new XlsxSheetNames();
        var given = wanted.Select(first.Claim).ToList();
        var again = new XlsxSheetNames();
        Assert.Equal(given, given.Select(again.Claim));
        Assert.All(given, n => Assert.InRange(n.Length, 1, XlsxSheetNames.MaxLength));
    }

    [Fact]
    public void Claim_NameWithControlCharacter_ReplacedByUnderscore() =>
        Assert.Equal("a_b", new XlsxSheetNames().Claim("a\u0004b"));
}
