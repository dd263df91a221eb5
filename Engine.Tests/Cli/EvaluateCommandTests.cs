using Engine.Output;
using Engine.Rules.Assessment;
using Engine.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Cli;

public class EvaluateCommandTests
{
    [Fact]
    public void Evaluate_NoArguments_AssessesBundledLedgerFromBundledSamples()
    {
        var r = Support.Cli.Process("evaluate");
        Assert.Equal(0, r.Exit);
        var json = JObject.Parse(r.Out);
        Assert.Equal("zhanjiang-2023", (string?)json["ledger"]);
        Assert.Equal("2023-06-30", (string?)json["as_of"]);
        var f = json["figures"]!;
        Assert.Equal((int)f["read"]!, (int)f["used"]! + (int)f["superseded"]! + (int)f["after_as_of"]! + (int)f["rejected"]! + (int)f["blank"]!);
        Assert.Equal((int)f["rejected"]!, ((JArray)json["rejected"]!).Count);
        Assert.True((int)f["rejected"]! > 0);
        var tasks = (JArray)json["assessments"]![0]!["tasks"]!;
        Assert.Equal(472, tasks.Count);
        Assert.All(tasks, t => Assert.False(string.IsNullOrEmpty((string?)t["status"])));
        var summary = (JObject)json["assessments"]![0]!["summary"]!;
        Assert.Equal(472, summary.Properties().Sum(p => (int)p.Value));
        Assert.Contains("rejected:", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_JsonOutput_HasTheContractKeysAndValues()
    {
        using var folder = new TempFolder();
        var figures = folder.File("f.csv", "target,as_of,value\n20.1,2023-06-30,10\n");
        var r = Support.Cli.Run("evaluate", "--figures", figures);
        Assert.Equal(0, r.Exit);
        var json = JObject.Parse(r.Out);
        var task = json["assessments"]![0]!["tasks"]!.Single(t => (int)t["no"]! == 20);
        // 20.1 (事项比例 ≥12%) is a level without a baseline: it holds, so 10% lags (semantics 2).
        Assert.Equal(2, (int)json["semantics"]!);
        Assert.Equal("lagging", (string?)task["status"]);
        Assert.Equal("进度滞后", (string?)task["label"]);
        Assert.Equal(83, (int)task["progress"]!);
        var target = task["targets"]![0]!;
        Assert.Equal("20.1", (string?)target["id"]);
        Assert.Equal("level", (string?)target["nature"]);
        Assert.Equal(83.3m, (decimal)target["progress"]!);
        Assert.Equal(10m, (decimal)target["value"]!);
        Assert.Equal("2023-06-30", (string?)target["as_of"]);
        Assert.Equal(49.6m, (decimal)target["expected"]!);
        foreach (var key in new[] { "no", "area", "measure", "lead", "responsible", "text", "status", "label", "progress", "problems", "targets" })
        {
            Assert.NotNull(task[key]);
        }

        Assert.Equal(new[] { "entity", "as_of", "summary", "tasks" }, ((JObject)json["assessments"]![0]!).Properties().Select(p => p.Name));
    }

    [Fact]
    public void Evaluate_TwiceOnTheSameInput_IsByteIdentical()
    {
        var a = Support.Cli.Run("evaluate", "--format", "json");
        var b = Support.Cli.Run("evaluate", "--format", "json");
        Assert.Equal(0, a.Exit);
        Assert.Equal(a.Out, b.Out);
        var c = Support.Cli.Run("evaluate", "--format", "csv");
        var d = Support.Cli.Run("evaluate", "--format", "csv");
        Assert.Equal(c.Out, d.Out);
    }

    [Fact]
    public void Evaluate_Csv_HasLedgerColumnsThenEntityAndStatus()
    {
        var r = Support.Cli.Run("evaluate", "--format", "csv");
        Assert.Equal(0, r.Exit);
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // The bundled ledger defines alerts and a reporting cycle, so the alert and stale columns follow the contract's 13
        // and the label; a byte-order mark comes first, for Excel.
        Assert.Equal("\uFEFF" + string.Join(",", AssessmentCsvWriter.Columns) + ",label,alert,alert_label,stale", lines[0]);
        Assert.StartsWith("\uFEFF指标名称,牵头单位,责任单位,序号,工作任务,落实情况,存在问题,存在问题的意见建议,完成进度（%）,评估情况（请选择）,备注,entity,status", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Csv_LedgerWithoutAlertsOneDate_HasExactlyTheContractColumns()
    {
        using var temp = new TempLedger(TempLedger.Area("""{ "id": "1.1", "metric": "m", "kind": "milestone", "unit": "%" }"""));
        using var folder = new TempFolder();
        var figures = folder.File("f.csv", "target,as_of,value\n1.1,2023-06-30,50\n");
        var header = Support.Cli.Run("evaluate", "--targets", temp.Folder, "--figures", figures, "--format", "csv").Out.Split('\n')[0];
        Assert.Equal("\uFEFF指标名称,牵头单位,责任单位,序号,工作任务,落实情况,存在问题,存在问题的意见建议,完成进度（%）,评估情况（请选择）,备注,entity,status,label", header);
    }

    [Fact]
    public void Evaluate_CsvFile_IsUtf8WithAByteOrderMarkAndLabelsBesideTheCodes()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "out.csv");
        Assert.Equal(0, Support.Cli.Run("evaluate", "--format", "csv", "--out", path).Exit);

        var bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        var header = rows[0].ToList();
        var (status, label, alert, alertLabel) = (header.IndexOf("status"), header.IndexOf("label"), header.IndexOf("alert"), header.IndexOf("alert_label"));
        Assert.Equal((status + 1, status + 2, status + 3), (label, alert, alertLabel));
        // Rows whose free text holds no comma split cleanly; each carries the label of its code.
        var plain = rows.Skip(1).Where(r => r.Length == header.Count).ToList();
        Assert.NotEmpty(plain);
        Assert.All(plain, r => Assert.Equal(Rules.Ledgers.StatusLabels.Default.For(Rules.Ledgers.WireNames.TryParseStatus(r[status], out var s) ? s : throw new InvalidDataException(r[status])), r[label]));
        Assert.Contains(plain, r => r[alert] == "red" && r[alertLabel] == "红色预警");
        Assert.All(plain.Where(r => r[alert] == ""), r => Assert.Equal("", r[alertLabel]));
    }

    [Fact]
    public void Evaluate_CsvGb18030_IsTheSameTableInTheNationalEncodingWithoutAMark()
    {
        using var folder = new TempFolder();
        var (utf8, gb) = (Path.Combine(folder.Path, "u.csv"), Path.Combine(folder.Path, "g.csv"));
        Assert.Equal(0, Support.Cli.Run("evaluate", "--format", "csv", "--out", utf8).Exit);
        Assert.Equal(0, Support.Cli.Run("evaluate", "--format", "csv", "--encoding", "gb18030", "--out", gb).Exit);

        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var gbBytes = File.ReadAllBytes(gb);
        Assert.NotEqual(0xEF, gbBytes[0]);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(utf8)[3..]), System.Text.Encoding.GetEncoding("GB18030").GetString(gbBytes));
    }

    [Theory]
    [InlineData("--format", "csv")]
    [InlineData("--format", "json", "--out", "x.json")]
    public void Evaluate_Gb18030WithoutACsvFile_IsAUsageError(params string[] args)
    {
        var r = Support.Cli.Run(["evaluate", "--encoding", "gb18030", .. args]);
        Assert.Equal(2, r.Exit);
        Assert.Contains("--encoding gb18030 applies to a CSV file", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Strict_WithRejectedRows_ExitsOneAndWritesNothing()
    {
        using var folder = new TempFolder();
        var figures = folder.File("f.csv", "target,as_of,value\n20.1,2023-06-30,abc\n");
        var output = Path.Combine(folder.Path, "out.json");
        var r = Support.Cli.Run("evaluate", "--figures", figures, "--strict", "--out", output);
        Assert.Equal(1, r.Exit);
        Assert.Contains("f.csv:2:3 [value]: value \"abc\" is not a number", r.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Evaluate_WithoutStrict_RejectedRowsAreReportedAndTheRunCompletes()
    {
        using var folder = new TempFolder();
        var figures = folder.File("f.csv", "value,target,as_of,unit\n10,20.1,2023-06-30,%\n1,nope,2023-06-30,\n1,20.1,2023-6-31,\n1,20.1,2023-06-30,个\n1,1.1,2023-06-30,\n");
        var r = Support.Cli.Run("evaluate", "--figures", figures);
        Assert.Equal(0, r.Exit);
        var json = JObject.Parse(r.Out);
        Assert.Equal(5, (int)json["figures"]!["read"]!);
        Assert.Equal(3, (int)json["figures"]!["rejected"]!);
        Assert.Equal(new[] { 3, 4, 5 }, json["rejected"]!.Select(x => (int)x["line"]!));
        Assert.Equal(2, (int)json["figures"]!["used"]!);
    }

    [Fact]
    public void Evaluate_JsonFigures_AreReadLikeCsv()
    {
        using var folder = new TempFolder();
        var figures = folder.File("f.json", """
            [
              { "target": "20.1", "as_of": "2023-06-30", "value": 10, "entity": "赤坎区" },
              { "target": "20.1", "as_of": "2023-06-30", "value": "x" }
            ]
            """);
        var r = Support.Cli.Run("evaluate", "--figures", figures, "--as-of", "2023-06-30");
        Assert.Equal(0, r.Exit);
        var json = JObject.Parse(r.Out);
        Assert.Equal(3, (int)json["rejected"]![0]!["line"]!);
        Assert.Equal("赤坎区", (string?)json["assessments"]![0]!["entity"]);
    }

    [Fact]
    public void Evaluate_SeveralEntities_GetOneAssessmentEach()
    {
        using var folder = new TempFolder();
        var figures = folder.File("f.csv", "target,as_of,value,entity\n20.1,2023-06-30,10,赤坎区\n20.1,2023-06-30,2,霞山区\n");
        var json = JObject.Parse(Support.Cli.Run("evaluate", "--figures", figures).Out);
        Assert.Equal(new[] { "赤坎区", "霞山区" }, json["assessments"]!.Select(a => (string?)a["entity"]));
    }

    [Theory]
    [InlineData("2023-02-30", "engine: --as-of: 2023-02-30: February 2023 has 28 days")]
    [InlineData("2023-03-31,2023-13-01", "engine: --as-of: 2023-13-01: there is no month 13")]
    [InlineData("6/30/2023", "engine: --as-of: \"6/30/2023\" is ambiguous (M/D/YYYY or D/M/YYYY); write the year first: YYYY-MM-DD")]
    public void Evaluate_BadAsOf_SaysWhatIsWrongWithTheDate(string asOf, string expected)
    {
        var r = Support.Cli.Run("evaluate", "--as-of", asOf);
        Assert.Equal(2, r.Exit);
        Assert.StartsWith(expected, r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_CsvRowWithImpossibleDate_IsRejectedWithTheDateReason()
    {
        using var folder = new TempFolder();
        var figures = folder.File("f.csv", "target,as_of,value\n20.1,2023-06-30,10\n20.1,2023-04-31,3\n");
        var r = Support.Cli.Run("evaluate", "--figures", figures, "--strict");
        Assert.Equal(1, r.Exit);
        Assert.Contains("f.csv:3:2 [as_of]: 2023-04-31: April has 30 days", r.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evaluate", "--as-of", "2023/06/31")]
    [InlineData("evaluate", "--format", "xml")]
    [InlineData("evaluate", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData("evaluate", "--figures", "/no/such/file.csv")]
    public void WrongUsage_ExitsTwo(params string[] args) => Assert.Equal(2, Support.Cli.Run(args).Exit);

    [Fact]
    public void Evaluate_InvalidRuleFiles_ExitsOneWithLocatedProblems()
    {
        using var folder = new TempFolder();
        folder.File("ledger.json", TempLedger.DefaultHeader);
        folder.File("01-a.json", TempLedger.Area("""{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "vaule": 1, "unit": "%" }"""));
        var r = Support.Cli.Run("evaluate", "--targets", folder.Path);
        Assert.Equal(1, r.Exit);
        Assert.Contains("01-a.json:", r.Err, StringComparison.Ordinal);
        Assert.Contains("did you mean \"value\"", r.Err, StringComparison.Ordinal);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void Evaluate_MissingColumn_ExitsOneNamingIt()
    {
        using var folder = new TempFolder();
        var figures = folder.File("f.csv", "target,value\n20.1,1\n");
        var r = Support.Cli.Run("evaluate", "--figures", figures);
        Assert.Equal(1, r.Exit);
        Assert.Contains("f.csv:1 [as_of]: the header has no column \"as_of\"", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_OutFile_IsWrittenWholeAndLeavesNoTemporary()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "sub", "assessed.csv");
        Assert.Equal(0, Support.Cli.Run("evaluate", "--format", "csv", "--out", output).Exit);
        Assert.True(File.Exists(output));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(output)!));
    }

    [Fact]
    public void Evaluate_English_ExplainsInEnglish()
    {
        var json = JObject.Parse(Support.Cli.Run("evaluate", "--lang", "en").Out);
        var lagging = json["assessments"]![0]!["tasks"]!.Where(t => (string?)t["status"] == "lagging").Select(t => (string?)t["problems"]).ToList();
        Assert.Contains(lagging, p => p!.Contains("below the expected", StringComparison.Ordinal));
        Assert.Contains(lagging, p => p!.Contains("not holding the target", StringComparison.Ordinal));
    }
}
