using System.Text.RegularExpressions;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Authoring;

/// <summary>
/// Finds unit names of the ledger that probably name one unit (市市场监管局 and 市市场监督管理局, 民政局 and
/// 市民政局) and that the units table does not join yet: grouping and access would treat them as two units.
/// </summary>
internal static partial class UnitAliasLint
{
    private const int ListedTasks = 5;

    public static void Check(Ledger ledger, List<Problem> warnings)
    {
        var uses = Uses(ledger);
        var names = uses.Keys.Where(n => !n.StartsWith('各')).ToList();
        var cores = names.ToDictionary(n => n, Core, StringComparer.Ordinal);
        var found = new List<Problem>();
        for (var i = 0; i < names.Count; i++)
        {
            for (var j = i + 1; j < names.Count; j++)
            {
                var (a, b) = (names[i], names[j]);
                if (ledger.Units.Same(a, b) || !ProbablySame(cores[a], cores[b]))
                {
                    continue;
                }

                // Point at the rarer spelling (on a tie the longer): the one an analyst most likely lists as the alias.
                var aRarer = uses[a].Count != uses[b].Count ? uses[a].Count < uses[b].Count : a.Length >= b.Length;
                var (rare, common) = aRarer ? (a, b) : (b, a);
                var first = uses[rare][0];
                found.Add(new Problem(first.Task.Location.File, first.Task.Location.Line, first.Task.Location.Column, first.Field,
                    $"\"{rare}\" ({Tasks(uses[rare])}) and \"{common}\" ({Tasks(uses[common])}) may be one unit: if so, list one as an alias of the other in \"units\" of {LedgerReader.LedgerFileName}")
                { Code = LedgerLinter.UnitAlias });
            }
        }

        warnings.AddRange(found.OrderBy(w => w.Source, StringComparer.Ordinal).ThenBy(w => w.Line).ThenBy(w => w.Message, StringComparer.Ordinal));
    }

    /// <summary>
    /// The same after <see cref="Core"/>, or one a character subsequence of the other (科技局 in 科学技术局) with the same
    /// first and last character. The last is the kind of body (局, 社, 院), so 市政府 and 市政府办 stay apart; the first
    /// is its subject, so 市政府 is not taken for 廉江市政府.
    /// </summary>
    internal static bool ProbablySame(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= 3 && shorter[0] == longer[0] && shorter[^1] == longer[^1] && IsSubsequence(shorter, longer);
    }

    /// <summary>The name without a trailing （…）, a 等… suffix (市气象局等涉工程审批事项市级部门 names 市气象局 first) and a leading 市, which the ledger writes or leaves out (民政局).</summary>
    internal static string Core(string name)
    {
        var core = TrailingBrackets().Replace(name, "");
        var etc = core.IndexOf('等', StringComparison.Ordinal);
        if (etc > 0)
        {
            core = TrailingBrackets().Replace(core[..etc], "");
        }

        return core.Length > 1 && core[0] == '市' ? core[1..] : core;
    }

    private static bool IsSubsequence(string shorter, string longer)
    {
        var k = 0;
        foreach (var c in longer)
        {
            if (k < shorter.Length && shorter[k] == c)
            {
                k++;
            }
        }

        return k == shorter.Length;
    }

    /// <summary>Every unit name with the tasks that use it (lead before responsible), in ledger order.</summary>
    private static Dictionary<string, List<(LedgerTask Task, string Field)>> Uses(Ledger ledger)
    {
        var uses = new Dictionary<string, List<(LedgerTask Task, string Field)>>(StringComparer.Ordinal);
        foreach (var task in ledger.Tasks)
        {
            foreach (var (units, field) in new[] { (task.Lead, "lead"), (task.Responsible, "responsible") })
            {
                foreach (var unit in units)
                {
                    if (!uses.TryGetValue(unit, out var list))
                    {
                        uses[unit] = list = [];
                    }

                    if (list.Count == 0 || list[^1].Task.No != task.No)
                    {
                        list.Add((task, field));
                    }
                }
            }
        }

        return uses;
    }

    private static string Tasks(List<(LedgerTask Task, string Field)> uses)
    {
        var shown = string.Join(", ", uses.Take(ListedTasks).Select(u => u.Task.No));
        return uses.Count == 1 ? $"task {shown}" : uses.Count <= ListedTasks ? $"tasks {shown}" : $"tasks {shown}, … {uses.Count} in all";
    }

    [GeneratedRegex(@"[（(][^（）()]*[）)]$")]
    private static partial Regex TrailingBrackets();
}
