using Engine.Rules.Ledgers;

namespace Engine.Rules.Figures;

/// <summary>
/// Reads figure files of any supported format (by extension) into a figure set: one file, or several files and
/// folders (a folder's .csv, .tsv, .json and .xlsx files, not its subfolders, in name order). Rows of all files go
/// through one intake in the order given, so for the same (entity, target, as_of) a later file wins, as a later row
/// of one file does.
/// </summary>
public static class FigureFiles
{
    /// <summary>The extensions of figure files, as a folder's files are picked.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".csv", ".tsv", ".json", ".xlsx"];

    /// <summary>Reads and checks every row of the file against the ledger; throws <see cref="FigureFileException"/> when the file cannot be read at all.</summary>
    /// <param name="path">The figure file: .csv, .tsv, .json or .xlsx.</param>
    /// <param name="ledger">The ledger whose targets the rows are checked against.</param>
    /// <param name="keepRows">Keep every row (to explain a target); batch runs keep only the reduced figures.</param>
    public static FigureSet Read(string path, Ledger ledger, bool keepRows = false) => Read([path], ledger, keepRows);

    /// <summary>Reads and checks every row of the files and folders, in order, against the ledger; throws <see cref="FigureFileException"/> when one cannot be read at all.</summary>
    /// <param name="paths">Figure files and folders of them.</param>
    /// <param name="ledger">The ledger whose targets the rows are checked against.</param>
    /// <param name="keepRows">Keep every row (to explain a target); batch runs keep only the reduced figures.</param>
    public static FigureSet Read(IReadOnlyList<string> paths, Ledger ledger, bool keepRows = false)
    {
        var intake = new FigureIntake(ledger, keepRows);
        ReadRows(paths, intake);
        return FigureSet.From(intake);
    }

    /// <summary>Reads a figure file's rows into any sink, without checking them against a ledger.</summary>
    public static void ReadRows(string path, IFigureSink intake) => ReadRows([path], intake);

    /// <summary>Reads the rows of figure files and folders, in order, into any sink, without checking them against a ledger.</summary>
    public static void ReadRows(IReadOnlyList<string> paths, IFigureSink intake)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = Expand(paths);

        // Problems name a file by its name; where two files share one, by the path as given.
        var shared = files.GroupBy(Path.GetFileName, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            ReadFile(file, shared.Contains(name) ? file : name, intake);
        }
    }

    /// <summary>The files the paths name: each file as given, each folder's figure files in ordinal name order.</summary>
    public static IReadOnlyList<string> Expand(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path)
                    .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    throw new FigureFileException(new Problem(path, 0, 0, "", $"the folder holds no figure files ({string.Join(", ", Extensions)})") { Code = ProblemCodes.UnreadableFile });
                }

                files.AddRange(found);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FigureFileException(new Problem(path, 0, 0, "", "the figure file does not exist") { Code = ProblemCodes.UnreadableFile });
            }
        }

        return files;
    }

    private static void ReadFile(string path, string displayName, IFigureSink intake)
    {
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".csv":
                CsvFigureReader.Read(path, displayName, intake);
                break;
            case ".json":
                JsonFigureReader.Read(path, displayName, intake);
                break;
            case ".xlsx":
                XlsxFigureReader.Read(path, displayName, intake);
                break;
            case ".tsv":
                TextLoaderFigureReader.Read(path, displayName, '\t', intake);
                break;
            default:
                throw new FigureFileException(new Problem(path, 0, 0, "", "unknown figure file type: use .csv, .tsv, .json or .xlsx") { Code = ProblemCodes.UnreadableFile });
        }
    }
}
