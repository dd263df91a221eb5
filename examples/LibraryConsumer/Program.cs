// Engine.Rules used as a library, from its NuGet package: the bundled ledger assessed from a sample figure file.
// Usage (anywhere inside the repository): LibraryConsumer [--json FILE]
using Engine.Rules.Assessment;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

if (args is not ([] or ["--json", _]))
{
    Console.Error.WriteLine("usage: LibraryConsumer [--json FILE]");
    return 2;
}

var jsonPath = args.Length == 2 ? args[1] : null;
var root = RepoRoot(Environment.CurrentDirectory);

Ledger ledger;
FigureSet figures;
try
{
    ledger = LedgerReader.Read(Path.Combine(root, "targets", "zhanjiang-2023"));
    figures = FigureFiles.Read(Path.Combine(root, "samples", "zhanjiang-2023", "figures-2023-06-30.csv"), ledger);
}
catch (RuleFileException e)
{
    // Every problem of every rule file, each as file:line:col [json.path] (target id): message.
    foreach (var problem in e.Problems)
    {
        Console.Error.WriteLine(problem);
    }

    return 1;
}
catch (FigureFileException e)
{
    // A figure file that cannot be read at all; bad rows are not thrown but counted in result.Rejected.
    Console.Error.WriteLine(e.Problem);
    return 1;
}

var evaluator = new Evaluator(ledger);
var result = evaluator.Evaluate(figures, evaluator.DefaultAsOf(figures));

Console.WriteLine($"ledger {ledger.Id}: {ledger.Tasks.Count} tasks, as of {result.AsOf:yyyy-MM-dd}");
foreach (var assessment in result.Assessments)
{
    Console.WriteLine($"  entity {(assessment.Entity.Length > 0 ? assessment.Entity : "(all)")}");
    foreach (var (status, count) in assessment.Summary)
    {
        Console.WriteLine($"    {count,4}  {ledger.Labels.For(status)}");
    }
}

Console.WriteLine($"figures: {result.Figures.Read} read, {result.Figures.Used} used, {result.Figures.Rejected} rejected");

if (jsonPath is not null)
{
    using var json = new StreamWriter(jsonPath);
    AssessmentJsonWriter.Write(result, json);
    Console.WriteLine($"JSON contract written to {jsonPath}");
}

return 0;

// The repository's root: the nearest folder up from here that holds the bundled ledger.
static string RepoRoot(string from)
{
    for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "targets", "zhanjiang-2023", "ledger.json")))
        {
            return dir.FullName;
        }
    }

    throw new DirectoryNotFoundException($"no targets/zhanjiang-2023 above {from}: run inside the repository");
}
