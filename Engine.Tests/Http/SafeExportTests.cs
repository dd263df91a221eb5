using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Engine.Http.Store;
using Engine.Rules.Figures;

namespace Engine.Tests.Http;

/// <summary>Text a caller stored comes back in exports as text, never as a spreadsheet formula.</summary>
public class SafeExportTests
{
    private const string Ledger = "/v1/ledgers/zhanjiang-2023";
    private const string Formula = "=HYPERLINK(\"http://example.invalid\",\"x\")";

    private static async Task<(ApiServer Server, string Key)> StartWithEntity(string entity)
    {
        var server = await ApiServer.StartAsync();
        var key = server.AddKey(null, admin: true);
        var body = Newtonsoft.Json.JsonConvert.SerializeObject(new[] { new { target = "20.1", as_of = "2023-06-30", value = 10, entity } });
        var stored = await server.Client.SendAsync(ApiServer.Post(Ledger + "/figures", body, key));
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        return (server, key);
    }

    private static async Task<HttpContent> Get(ApiServer server, string path, string key)
    {
        var response = await server.Client.SendAsync(ApiServer.Get(path, key));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Content;
    }

    [Theory]
    [InlineData(Formula)]
    [InlineData("+1+1")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    [InlineData("-x")] // a leading tab or CR is trimmed from an entity on the way in; SpreadsheetTextTests covers them
    public async Task Csv_EntityThatASpreadsheetWouldRun_StartsWithAnApostrophe_NumbersUntouched(string entity)
    {
        var (server, key) = await StartWithEntity(entity);
        await using var _ = server;
        var csv = await (await Get(server, Ledger + "/assessment?as_of=2023-06-30&format=csv&lang=en", key)).ReadAsStringAsync();
        var rows = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("'" + entity.Replace("\"", "\"\"", StringComparison.Ordinal), r, StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains(",20,", StringComparison.Ordinal)); // the task number, not a text cell
    }

    [Fact]
    public async Task Xlsx_EntityThatLooksLikeAFormula_IsATextCell_NoCellIsAFormula()
    {
        var (server, key) = await StartWithEntity(Formula);
        await using var _ = server;
        var bytes = await (await Get(server, Ledger + "/assessment?as_of=2023-06-30&format=xlsx", key)).ReadAsByteArrayAsync();
        using var stream = new MemoryStream(bytes);
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var cells = workbook.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).ToList();
        Assert.DoesNotContain(cells, c => c.CellFormula is not null);
        var entity = cells.Where(c => c.InnerText.Contains("HYPERLINK", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(entity);
        Assert.All(entity, c => Assert.Equal(CellValues.InlineString, c.DataType!.Value));
    }

    [Theory]
    [InlineData("a\u0004b")]
    [InlineData("\u0001")]
    public async Task Xlsx_ControlCharacterStoredBeforeTheIntakeRefusedIt_AllEntitiesWorkbookStillWritten(string entity)
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(null, admin: true);

        // Written straight to the store, as a database filled by an older engine may hold it.
        new FigureStore(server.Db).Store("zhanjiang-2023", "old engine", null, [new Figure("20.1", entity, new DateOnly(2023, 6, 30), 10m, "old", 1, 0)], DateTimeOffset.UtcNow);

        var bytes = await (await Get(server, Ledger + "/assessment?as_of=2023-06-30&format=xlsx", key)).ReadAsByteArrayAsync();
        using var stream = new MemoryStream(bytes);
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var texts = workbook.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).Select(c => c.InnerText).ToList();
        Assert.Contains(texts, t => t.Contains("拒收1", StringComparison.Ordinal)); // read back, refused with its reason, and counted
        Assert.All(workbook.WorkbookPart.Workbook.Descendants<Sheet>(), s => Assert.DoesNotContain(s.Name!.Value!, c => char.IsControl(c) || char.IsSurrogate(c)));
    }
}
