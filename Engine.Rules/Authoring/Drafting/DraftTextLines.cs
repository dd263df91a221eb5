using System.Globalization;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Authoring;

/// <summary>
/// The lines of a drafting text (PDF-extracted or a plan), with a line holding a control character other than tab
/// refused where it is (as a cell of a table is): a stray form feed or NUL from an extractor would otherwise end up
/// in a task's text or a unit's name, and the drafted ledger would fail its own check. A line longer than any
/// ledger cell or plan paragraph is refused too: the grammar looks back from each number, so its cost grows with a
/// line's length times its numbers, and one pasted megabyte-long line would keep a draft running for many minutes.
/// </summary>
internal static class DraftTextLines
{
    /// <summary>The longest line read: a plan's longest paragraph is a few thousand characters.</summary>
    public const int MaxLineLength = 20_000;

    public static IReadOnlyList<string> Read(string text, string name, List<Problem> problems)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (InputText.HasControl(lines[i]))
            {
                problems.Add(new Problem(name, i + 1, 0, "", $"the line holds a control character ({InputText.FirstControl(lines[i])}); remove it") { Code = ProblemCodes.Invalid });
                lines[i] = "";
            }
            else if (lines[i].Length > MaxLineLength)
            {
                problems.Add(new Problem(name, i + 1, 0, "", string.Create(CultureInfo.InvariantCulture, $"the line is {lines[i].Length:N0} characters long, more than the {MaxLineLength:N0} a line of a drafting text may have; break it at its paragraphs"))
                {
                    Code = ProblemCodes.Invalid,
                    MessageZh = $"该行长{lines[i].Length}字，超过起草文本每行{MaxLineLength}字的上限；请按段落分行",
                });
                lines[i] = "";
            }
        }

        return lines;
    }
}
