using Engine.Rules.Ledgers;

namespace Engine.Rules.Authoring;

/// <summary>
/// The lines of a drafting text (PDF-extracted or a plan), with a line holding a control character other than tab
/// refused where it is (as a cell of a table is): a stray form feed or NUL from an extractor would otherwise end up
/// in a task's text or a unit's name, and the drafted ledger would fail its own check.
/// </summary>
internal static class DraftTextLines
{
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
        }

        return lines;
    }
}
