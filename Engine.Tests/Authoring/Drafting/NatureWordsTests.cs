using Engine.Rules.Assessment;
using Engine.Rules.Authoring;
using Engine.Rules.Ledgers;

namespace Engine.Tests.Authoring;

/// <summary>The nature a draft proposes from its clause's words: states are levels, what builds up is cumulative.</summary>
public class NatureWordsTests
{
    private static (Nature, decimal) Propose(string words, string unit, decimal value = 10m) =>
        NatureWords.Propose(TargetKinds.AtLeast, unit, value, words);

    [Theory]
    [InlineData("全年新增市场主体不少于5000户", "户")]
    [InlineData("累计培训技能人才30万人次", "万人次")]
    [InlineData("2023年全年出口总额217亿元", "亿元")]
    [InlineData("新建5G基站1.2万个", "万个")]
    public void Propose_NewOrYearlyCount_IsCumulativeSurely(string words, string unit) =>
        Assert.Equal((Nature.Cumulative, 0.9m), Propose(words, unit));

    [Theory]
    [InlineData("劳动人事争议结案率达95%以上")]
    [InlineData("首次执行案件执行完毕率达到25%")]
    [InlineData("研发基地完成总体建设的50%")]
    public void Propose_RateOfWorkDoneSoFar_IsCumulative(string words) =>
        Assert.Equal((Nature.Cumulative, 0.8m), Propose(words, "%"));

    [Theory]
    [InlineData("企业开办时间压缩至1个工作日以内", "个工作日")]
    [InlineData("中小微企业信用贷款余额达400亿元", "亿元")]
    [InlineData("高新技术企业总数达550家", "家")]
    [InlineData("每万人口医院床位数达到46张", "张")]
    [InlineData("建成区绿化覆盖面积增加至4970公顷", "公顷")]
    [InlineData("全年客户平均停电时间降至5小时", "小时")]
    public void Propose_StateAtAMoment_IsALevel(string words, string unit) =>
        Assert.Equal((Nature.Level, 0.85m), Propose(words, unit));

    [Theory]
    [InlineData("新建铁塔共享率不低于75%", "%")]
    [InlineData("高技术制造业增加值占比达到30%", "%")]
    [InlineData("群众满意度达到90分", "分")]
    public void Propose_RateOrShare_IsALevelEvenWhenNew(string words, string unit) =>
        Assert.Equal((Nature.Level, 0.85m), Propose(words, unit));

    [Theory]
    [InlineData("8个工作日内", "个工作日")]
    [InlineData("小学1150元/生/年", "元/生/年")]
    public void Propose_TimeLimitOrPerHeadUnitAlone_IsALevel(string words, string unit) =>
        Assert.Equal((Nature.Level, 0.8m), Propose(words, unit));

    [Fact]
    public void Propose_WordsThatSayNothing_LeaveTheUnitsProposal() =>
        Assert.Equal(Natures.Propose(TargetKinds.AtLeast, "枚", 5m), Propose("免费刻制印章5枚", "枚", 5m));

    [Fact]
    public void Propose_Milestone_IsCumulativeWhateverTheWords() =>
        Assert.Equal((Nature.Cumulative, 1m), NatureWords.Propose(TargetKinds.Milestone, "%", null, "平均时间压缩"));
}
