using System.Text.RegularExpressions;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Authoring;

/// <summary>
/// Finds level targets whose words describe a move (压缩至3个工作日, 提升至80%) but that have neither a baseline nor a
/// schedule of their own: by default such a level is a state held from the period start, so it lags from day one
/// unless the analyst says where it starts from or chooses the schedule.
/// </summary>
internal static partial class LevelWithoutBaselineLint
{
    public static void Check(Target t, List<Problem> warnings)
    {
        if (t.Nature != Nature.Level || t.Baseline is not null || t.ScheduleGiven || t.Kind.MeasuresCompletion || t.Source is not { } source)
        {
            return;
        }

        var move = Move().Match(source);
        if (!move.Success)
        {
            return;
        }

        var from = From().Match(source);
        var fix = from.Success
            ? $"the text gives the starting point \"由{from.Groups["from"].Value}\": put it in \"baseline\""
            : "add \"baseline\" (the level at the period start) or choose a \"schedule\" (hold, if the level is owed from the start; final, if it is judged at the deadline only)";
        warnings.Add(new Problem(t.Location.File, t.Location.Line, t.Location.Column, "baseline",
            $"the source says \"{move.Value}\", a move towards {t.Value}{t.Unit}, but this level target has no baseline and no schedule, so it is held from the period start; {fix}")
        { TargetId = t.Id, Code = LedgerLinter.LevelWithoutBaseline });
    }

    /// <summary>The words of a move towards a level: 压缩至, 提升到…</summary>
    private const string MoveWords = "(?:提升|提高|降低|降|压缩|压减|缩短|减少|增加|增长|下降|上升)(?:至|到)";

    [GeneratedRegex(MoveWords)]
    private static partial Regex Move();

    [GeneratedRegex(@"由\s*(?<from>[0-9０-９.．][^至到，。；]{0,12}?)" + MoveWords)]
    private static partial Regex From();
}
