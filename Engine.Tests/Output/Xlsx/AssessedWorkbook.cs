using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Engine.Tests.Support;

namespace Engine.Tests.Output.Xlsx;

/// <summary>The assessed-ledger workbook of a run, open for reading, with the lookups the print tests share.</summary>
internal sealed class AssessedWorkbook : IDisposable
{
    private AssessedWorkbook(string path, TempFolder? folder)
    {
        Path = path;
        _folder = folder;
        Document = SpreadsheetDocument.Open(path, isEditable: false);
    }

    private readonly TempFolder? _folder;

    public string Path { get; }

    public SpreadsheetDocument Document { get; }

    /// <summary>The workbook <c>engine evaluate --format xlsx</c> writes for the bundled ledger and the bundled 2023-06-30 sample, plus <paramref name="args"/>.</summary>
    public static AssessedWorkbook Bundled(params string[] args) => Evaluated(System.IO.Path.Combine(BundledPaths.Samples, "figures-2023-06-30.csv"), args);

    /// <summary>The workbook <c>engine evaluate --format xlsx</c> writes for the bundled ledger and <paramref name="figures"/>, plus <paramref name="args"/>.</summary>
    public static AssessedWorkbook Evaluated(string figures, params string[] args)
    {
        var folder = new TempFolder();
        var path = System.IO.Path.Combine(folder.Path, "assessed.xlsx");
        var r = Support.Cli.Run(["evaluate", "--figures", figures, "--format", "xlsx", "--out", path, .. args]);
        Assert.True(r.Exit == 0, r.Err);
        return new AssessedWorkbook(path, folder);
    }

    /// <summary>The workbook the writer makes of <paramref name="result"/>.</summary>
    public static AssessedWorkbook Of(Engine.Rules.Assessment.EvaluationResult result)
    {
        var folder = new TempFolder();
        var path = System.IO.Path.Combine(folder.Path, "assessed.xlsx");
        using (var file = File.Create(path))
        {
            Engine.Output.Xlsx.XlsxAssessmentWriter.Write(result, file);
        }

        return new AssessedWorkbook(path, folder);
    }

    public IReadOnlyList<string> SheetNames => [.. Document.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value!)];

    public Worksheet Sheet(string name)
    {
        var sheet = Document.WorkbookPart!.Workbook.Descendants<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)Document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    /// <summary>Each row's cell texts, by column (a row without cells is empty).</summary>
    public List<List<string>> Texts(string sheet) =>
        [.. Sheet(sheet).Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList())];

    public Stylesheet Styles => Document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;

    public void Dispose()
    {
        Document.Dispose();
        _folder?.Dispose();
    }
}
