using DocumentFormat.OpenXml.Packaging;
using Engine.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Output;

public class SameTextEverywhereTests
{
    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Problems_AreTheSameInJsonCsvXlsxAndHtml(string lang)
    {
        using var folder = new TempFolder();
        var json = JObject.Parse(Support.Cli.Run("evaluate", "--lang", lang).Out);
        var lagging = json["assessments"]![0]!["tasks"]!.First(t => (string?)t["status"] == "lagging");
        var problems = (string)lagging["problems"]!;
        var achievements = (string)lagging["achievements"]!;
        Assert.False(string.IsNullOrEmpty(problems));

        var csv = Support.Cli.Run("evaluate", "--lang", lang, "--format", "csv").Out;
        Assert.Contains(problems, csv, StringComparison.Ordinal);
        Assert.Contains(achievements, csv, StringComparison.Ordinal);

        var html = Path.Combine(folder.Path, "r.html");
        Support.Cli.Run("evaluate", "--lang", lang, "--format", "html", "--out", html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(problems), File.ReadAllText(html), StringComparison.Ordinal);

        var xlsx = Path.Combine(folder.Path, "r.xlsx");
        Support.Cli.Run("evaluate", "--lang", lang, "--format", "xlsx", "--out", xlsx);
        using var document = SpreadsheetDocument.Open(xlsx, isEditable: false);
        var texts = document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>()).Select(c => c.InnerText).ToHashSet();
        Assert.Contains(problems, texts);
        Assert.Contains(achievements, texts);
    }
}
