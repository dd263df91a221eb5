using Engine.Rules.Ledgers;

namespace Engine.Rules.Figures;

/// <summary>Reads a figure file of any supported format (by extension) into a figure set.</summary>
public static class FigureFiles
{
    /// <summary>Reads and checks every row of the file against the ledger; throws <see cref="FigureFileException"/> when the file cannot be read at all.</summary>
    /// <param name="path">The figure file: .csv, .tsv, .json or .xlsx.</param>
    /// <param name="ledger">The ledger whose targets the rows are checked against.</param>
    /// <param name="keepRows">Keep every row (to explain a target); batch runs keep only the reduced figures.</param>
    public static FigureSet Read(string path, Ledger ledger, bool keepRows = false)
    {
        var displayName = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new FigureFileException(new Problem(path, 0, 0, "", "the figure file does not exist") { Code = ProblemCodes.UnreadableFile });
        }

        var intake = new FigureIntake(ledger, keepRows);
        ReadRows(path, intake);
        return FigureSet.From(intake);
    }

    /// <summary>Reads a figure file's rows into any sink, without checking them against a ledger.</summary>
    public static void ReadRows(string path, IFigureSink intake)
    {
        var displayName = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new FigureFileException(new Problem(path, 0, 0, "", "the figure file does not exist") { Code = ProblemCodes.UnreadableFile });
        }

        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".csv":
                CsvFigureReader.Read(path, displayName, intake);
                break;
            case ".json":
                using (var text = new StreamReader(path))
                {
                    JsonFigureReader.Read(text, displayName, intake);
                }

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
