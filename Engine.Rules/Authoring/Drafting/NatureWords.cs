using System.Text.RegularExpressions;
using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Authoring;

/// <summary>
/// The nature <c>engine draft</c> proposes for a target, read from the words of its clause before the unit decides:
/// a figure that describes a state at a moment (a time limit, a number of steps, a balance, an average, a standard,
/// a rate or share) is a level; a figure that builds up over the period (新增, 累计, 全年, 新建, 新引进) is a total, and
/// so is a rate of work done so far (结案率, 完成…建设的50%).
/// Where the words say neither, the unit's proposal (<see cref="Natures.Propose"/>) stands with its lower confidence.
/// </summary>
internal static partial class NatureWords
{
    public static (Nature Nature, decimal Confidence) Propose(TargetKind kind, string unit, decimal? value, string words)
    {
        if (kind.MeasuresCompletion)
        {
            return (Nature.Cumulative, 1m);
        }

        // A rate of work done so far ("结案率", "执行完毕率", "资金支出率", "完成总体建设的50%") rises as the year's work
        // is done: a total, though written as a share.
        if (Completion().IsMatch(words))
        {
            return (Nature.Cumulative, 0.8m);
        }

        // A duration, a count of steps, an average, a balance, a standard, a density or a stock reached ("总数达550家",
        // "增加至4970公顷") is read off at a moment, not added up.
        if (State().IsMatch(words))
        {
            return (Nature.Level, 0.85m);
        }

        // A rate, share or ratio is a level whatever its unit ("覆盖率", "占比", "新建铁塔共享率").
        if (Rate().IsMatch(words))
        {
            return (Nature.Level, 0.85m);
        }

        // What is new, added up or counted over the whole year builds up along it: "新增市场主体", "全年出口总额".
        if (Flow().IsMatch(words))
        {
            return (Nature.Cumulative, 0.9m);
        }

        // A time limit or a per-head figure is a level by its unit alone ("8个工作日内", "500元/生/年").
        if (StateUnit().IsMatch(unit))
        {
            return (Nature.Level, 0.8m);
        }

        return Natures.Propose(kind, unit, value);
    }

    [GeneratedRegex(@"结案率|完毕率|到位率|支出率|终本率|执结率|完成率|完成(?:总体)?建设")]
    private static partial Regex Completion();

    [GeneratedRegex(@"时间|时长|用时|时限|周期|天数|环节|平均|人均|生均|每万|每千|余额|标准|拥有|保有量|存量|总数|密度|里程|师生比|排名|增加至|增长至|提高至|提高到|提升至|提升到")]
    private static partial Regex State();

    [GeneratedRegex(@"新增|累计|全年|年度|新建|新设|新引进|新认定|新培育")]
    private static partial Regex Flow();

    [GeneratedRegex(@"率|占比|比重|比例|增速|增幅|满意度|指数")]
    private static partial Regex Rate();

    [GeneratedRegex(@"^(?:个工作日|工作日|小时|分钟|天|个环节|元/生/年|元/人月|生/师|件/人)$")]
    private static partial Regex StateUnit();
}
