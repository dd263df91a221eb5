using System.CommandLine;
using System.Text.RegularExpressions;
using Engine.Rules.Authoring;
using Engine.Rules.Ledgers;

namespace Engine.Cli;

/// <summary><c>engine draft</c>: proposes rule files for a new ledger from its table.</summary>
internal static partial class DraftCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var from = new Option<string>("--from") { Description = "The ledger as a table (.csv or .xlsx with 指标名称, 牵头单位, 责任单位, 序号, 工作任务…) or as text (.txt: PDF-extracted, or a plan naming units with each item: （牵头单位：…）, (牵头单位:…), （X牵头，Y配合）, label lines under the item).", Required = true };
        var id = new Option<string?>("--id") { Description = "The new ledger's id. Default: the output folder's name." };
        var year = new Option<int?>("--year") { Description = "The ledger year. Default: the year in the file name, else the year the task texts name most." };
        var output = new Option<string>("--out") { Description = "The ledger folder to write.", Required = true };
        var command = new Command("draft", "Draft rule files for a new ledger: tasks, units and proposed targets marked draft, for analysts to review.") { from, id, year, output };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(from)!;
            if (!File.Exists(path))
            {
                stderr.WriteLine($"engine: {path} does not exist");
                return ExitCodes.Usage;
            }

            var name = Path.GetFileName(path);
            IReadOnlyList<DraftRow> rows;
            IReadOnlyList<Engine.Rules.Ledgers.Problem> problems = [];
            try
            {
                if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                {
                    (rows, problems) = LedgerTableReader.Read(path);
                }
                else if (path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
                {
                    var (text, _) = TextDecoding.ReadAllText(path, name);
                    var refused = new List<Engine.Rules.Ledgers.Problem>();
                    var lines = DraftTextLines.Read(text, name, refused);
                    rows = PlanTextReader.Recognises(text) ? PlanTextReader.Read(lines) : LedgerTextReader.Read(lines);
                    problems = refused;
                }
                else
                {
                    stderr.WriteLine("engine: draft reads a ledger table (.csv, .xlsx) or PDF-extracted text (.txt)");
                    return ExitCodes.Usage;
                }
            }
            catch (FigureFileException e)
            {
                // The drafting inputs are read with the figure files' encoding rules (and workbooks with their
                // reader's), and refused the same way.
                stderr.WriteLine($"error: {e.Problem}");
                return ExitCodes.Invalid;
            }

            EngineCli.Report(stderr, problems, "skipped");

            // A task number given twice (a table's repeated 序号, a marker repeated at a page top) would make two
            // tasks whose targets share ids; the first is kept and the others are named.
            var numbers = new HashSet<int>();
            foreach (var repeated in rows.Where(r => !numbers.Add(r.TaskNo)).Select(r => r.TaskNo).Distinct())
            {
                stderr.WriteLine($"skipped: {name}: task number {repeated} is given more than once; the first is kept");
            }

            rows = [.. rows.DistinctBy(r => r.TaskNo)];
            if (rows.Count == 0)
            {
                stderr.WriteLine($"error: {name}: no tasks found");
                return ExitCodes.Invalid;
            }

            var titleYear = Year().Match(name);
            var ledgerYear = parse.GetValue(year) ?? (titleYear.Success ? int.Parse(titleYear.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : MostNamedYear(rows));
            if (ledgerYear is null)
            {
                stderr.WriteLine("engine: the texts name no year; give --year");
                return ExitCodes.Usage;
            }

            var folder = parse.GetValue(output)!;
            var ledgerId = parse.GetValue(id) ?? Path.GetFileName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar));
            var ledger = LedgerDrafter.Draft(rows, ledgerId, Path.GetFileNameWithoutExtension(path), ledgerYear.Value);
            var (check, checkProblems) = DraftFolder.Write(ledger, folder);
            if (check is null)
            {
                stderr.WriteLine($"error: {name}: the drafted ledger does not pass 'engine check'; nothing written:");
                EngineCli.Report(stderr, checkProblems, "  draft");
                return ExitCodes.Invalid;
            }

            var kinds = string.Join(", ", TargetKinds.All.Select(k => (k.Name, Count: check.Targets.Count(t => t.Kind == k))).Where(k => k.Count > 0).Select(k => $"{k.Name} {k.Count}"));
            stdout.WriteLine($"wrote {folder}: {check.Tasks.Count} tasks in {check.Areas.Count} areas, {check.Targets.Count} draft targets ({kinds}); review them, then remove \"draft\"");
            return ExitCodes.Done;
        });
        return command;
    }

    private static int? MostNamedYear(IReadOnlyList<DraftRow> rows) =>
        rows.SelectMany(r => Year().Matches(r.Text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .GroupBy(y => y).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (int?)g.Key).FirstOrDefault();

    [GeneratedRegex(@"(20[0-9][0-9])年")]
    private static partial Regex Year();
}
