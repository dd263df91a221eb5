using DocumentFormat.OpenXml.Spreadsheet;
using Engine.Tests.Figures.Readers;
using Engine.Tests.Generators;
using Engine.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Engine.Tests.Properties;

/// <summary>
/// Issue 14, point 9: every command that reads files survives any input. Each property writes one hostile file
/// where a valid one belongs and runs the command in process; the answer is exit 0, 1 or 2, a failure names the
/// file, nothing escapes to the last guard (exit 3), and an output file is never left half written. The ledger is a
/// small one, so that a case costs milliseconds; case counts are kept small for CI.
/// </summary>
public sealed class HostileInputProperties
{
    private const int Cases = 30;

    private const string Area = """
        {
          "area": { "no": "一", "name": "测试" },
          "tasks": [
            { "no": 1, "measure": { "no": 1, "name": "措施" }, "lead": ["市甲局"], "responsible": ["市乙局"],
              "text": "到2023年底，网办率达到90%以上，新增企业不少于500家。", "combine": "all",
              "targets": [
                { "id": "1.1", "metric": "网办率", "kind": "at_least", "nature": "level", "value": 90, "unit": "%", "deadline": "2023-12-31" },
                { "id": "1.2", "metric": "新增企业", "kind": "at_least", "nature": "cumulative", "value": 500, "baseline": 0, "unit": "家", "deadline": "2023-12-31" }
              ] }
          ]
        }
        """;

    private const string Tests = """
        {
          "cases": [
            { "name": "on track", "as_of": "2023-06-30", "figures": [ { "target": "1.1", "as_of": "2023-06-30", "value": 95 } ],
              "expect": { "targets": { "1.1": { "status": "on_track" } } } }
          ]
        }
        """;

    private const string Csv = "target,as_of,value,unit,entity,reported_by,note\n1.1,2023-06-30,95.5,%,赤坎区,市甲局,备注\n1.2,2023/6/30,\"1,234\",家,赤坎区,市甲局,\n";

    private const string Json = """
        [
          { "target": "1.1", "as_of": "2023-06-30", "value": 95.5, "entity": "赤坎区" },
          { "target": "1.2", "as_of": "2023-06-30", "value": "1,234", "note": "说明" }
        ]
        """;

    private const string Table = "指标名称,序号,工作任务,牵头单位,责任单位,备注\n（一）开办企业,1,到2024年底，企业开办时间压缩至1个工作日以内。,市市场监管局,市税务局\n,2,9月底前出台实施方案。,市发展改革委,/\n";

    private const string Plan = "一、提升市场准入便利度\n（一）深化商事制度改革\n1.2024年企业开办时间压缩至1个工作日以内。（牵头单位：市市场监管局；配合单位：市税务局）\n2.全年新增市场主体不少于5000户。（牵头单位：市市场监管局）\n";

    private const string Keys = """{ "public_reads": false, "keys": [ { "id": "0a1b2c3d", "unit": "市甲局", "role": "unit", "sha256": "00", "created": "2023-01-01T00:00:00+00:00" } ] }""";

    private static readonly string Header = TempLedger.QuarterlyHeader;

    [Property(MaxTest = Cases)]
    public Property RuleFileCommands_HostileRuleFile_AnswerWithALocatedProblem() => Prop.ForAll(Arb.From(RuleFileCases), RuleFileCommand);

    [Property(MaxTest = Cases)]
    public Property Test_HostileTestFile_AnswersWithALocatedProblem() => Prop.ForAll(Arb.From(HostileInputGenerators.Json(Tests)), TestCommand);

    [Property(MaxTest = Cases)]
    public Property Evaluate_HostileFigureFile_AnswersAndNeverHalfWritesItsOutput() => Prop.ForAll(Arb.From(EvaluateCases), EvaluateCommand);

    [Property(MaxTest = Cases)]
    public Property ExplainAndDiff_HostileFigureFile_AnswerWithALocatedProblem() => Prop.ForAll(Arb.From(ExplainAndDiffCases), ExplainOrDiffCommand);

    [Property(MaxTest = Cases)]
    public Property Draft_HostileInput_AnswersAndWritesAWholeLedgerOrNone() => Prop.ForAll(Arb.From(DraftCases), DraftCommand);

    [Property(MaxTest = Cases)]
    public Property Keys_HostileKeyFile_AnswersAndKeepsTheFile() => Prop.ForAll(Arb.From(HostileInputGenerators.Json(Keys)), KeysCommand);

    [Property(MaxTest = 10)]
    public Property WritingCommands_OutPathThatCannotBeWritten_AnswerNamingIt() => Prop.ForAll(Arb.From(BlockedOutputCases), BlockedOutput);

    private static Gen<(string File, HostileInputGenerators.HostileFile Bytes, string Command)> RuleFileCases =>
        from file in Gen.Elements("ledger.json", "01-area.json")
        from bytes in HostileInputGenerators.Json(file == "ledger.json" ? Header : Area)
        from command in Gen.Elements("check", "check --format json", "targets", "targets --format csv", "lint", "samples", "template", "test")
        select (file, bytes, command);

    private static void RuleFileCommand((string File, HostileInputGenerators.HostileFile Bytes, string Command) c)
    {
        using var folder = new TempFolder();
        var ledger = SmallLedger(folder);
        File.WriteAllBytes(Path.Combine(ledger, c.File), c.Bytes.Bytes);
        var output = Path.Combine(folder.Path, "out");
        string[] args = c.Command switch
        {
            "samples" => ["samples", "--targets", ledger, "--out", output],
            "template" => ["template", "--targets", ledger, "--out", Path.Combine(output, "t.xlsx")],
            _ => [.. c.Command.Split(' '), "--targets", ledger],
        };
        var r = Support.Cli.Run(args);
        // A digit edited inside a string (a target id "1.1" → "1e999.1") leaves a valid rule file whose targets the rule
        // tests no longer name: `test` then locates the problem in the cases file, which is right.
        Survives(r, c.Command == "test" && (r.Err + r.Out).Contains("tests/cases.json:", StringComparison.Ordinal) ? "cases.json" : c.File, jsonOnStdout: c.Command == "check --format json");
        NothingHalfWritten(r, output);
    }

    private static void TestCommand(HostileInputGenerators.HostileFile hostile)
    {
        using var folder = new TempFolder();
        var ledger = SmallLedger(folder);
        File.WriteAllBytes(Path.Combine(ledger, "tests", "cases.json"), hostile.Bytes);
        Survives(Support.Cli.Run("test", "--targets", ledger), "cases.json");
    }

    private static Gen<(FigureFileCase Figures, string Format, bool Strict)> EvaluateCases =>
        from figures in FigureFile
        from format in Gen.Elements("json", "csv", "xlsx", "html")
        from strict in Gen.Elements(false, true)
        select (figures, format, strict);

    private static void EvaluateCommand((FigureFileCase Figures, string Format, bool Strict) c)
    {
        using var folder = new TempFolder();
        var ledger = SmallLedger(folder);
        var path = c.Figures.Write(folder.Path);
        var output = Path.Combine(folder.Path, "assessed." + c.Format);
        File.WriteAllText(output, "previous");
        string[] args = ["evaluate", "--targets", ledger, "--figures", path, "--format", c.Format, "--out", output, "--as-of", "2023-06-30"];
        var r = Support.Cli.Run(c.Strict ? [.. args, "--strict"] : args);
        Survives(r, Path.GetFileName(path));
        if (r.Exit != 0)
        {
            Assert.Equal("previous", File.ReadAllText(output));
        }

        Assert.Single(Directory.GetFiles(folder.Path, "assessed*"));
    }

    private static Gen<(FigureFileCase Figures, string Command)> ExplainAndDiffCases =>
        from figures in FigureFile from command in Gen.Elements("explain", "diff") select (figures, command);

    private static void ExplainOrDiffCommand((FigureFileCase Figures, string Command) c)
    {
        using var folder = new TempFolder();
        var ledger = SmallLedger(folder);
        var path = c.Figures.Write(folder.Path);
        var r = c.Command == "explain"
            ? Support.Cli.Run("explain", "1.1", "--targets", ledger, "--figures", path, "--entity", "赤坎区")
            : Support.Cli.Run("diff", "--base", ledger, "--targets", ledger, "--figures", path);
        Survives(r, Path.GetFileName(path));
    }

    private static Gen<(string Name, HostileInputGenerators.HostileFile File)> DraftCases =>
        Gen.OneOf(
            HostileInputGenerators.Text(Table).Select(f => (Name: "2024年台账.csv", File: f)),
            HostileInputGenerators.Text(Plan).Select(f => (Name: "plan.txt", File: f)),
            HostileInputGenerators.Text(Plan.Replace("（牵头单位：市市场监管局；配合单位：市税务局）", "", StringComparison.Ordinal)).Select(f => (Name: "pdf.txt", File: f)),
            HostileInputGenerators.Binary(TableWorkbook()).Select(f => (Name: "table.xlsx", File: f)));

    private static void DraftCommand((string Name, HostileInputGenerators.HostileFile File) c)
    {
        using var folder = new TempFolder();
        var from = Path.Combine(folder.Path, c.Name);
        File.WriteAllBytes(from, c.File.Bytes);
        var output = Path.Combine(folder.Path, "drafted");
        var r = Support.Cli.Run("draft", "--from", from, "--out", output, "--year", "2024");
        Survives(r, c.Name);
        if (r.Exit != 0)
        {
            Assert.False(Directory.Exists(output), $"draft failed (exit {r.Exit}) but left {output}");
        }
    }

    private static void KeysCommand(HostileInputGenerators.HostileFile hostile)
    {
        using var folder = new TempFolder();
        var keys = Path.Combine(folder.Path, "keys.json");
        File.WriteAllBytes(keys, hostile.Bytes);
        var r = Support.Cli.Run("keys", "add", "市甲局", "--keys", keys);
        Survives(r, "keys.json");
        if (r.Exit != 0)
        {
            Assert.Equal(hostile.Bytes, File.ReadAllBytes(keys));
        }
    }

    private static Gen<(string Command, string Blocked)> BlockedOutputCases =>
        from command in Gen.Elements("schema", "samples", "template", "evaluate", "keys")
        from blocked in Gen.Elements("a file where a folder belongs", "a folder where a file belongs")
        select (command, blocked);

    private static void BlockedOutput((string Command, string Blocked) c)
    {
        using var folder = new TempFolder();
        var ledger = SmallLedger(folder);
        var blocker = folder.File("blocker", "a file");
        var target = c.Blocked == "a file where a folder belongs" ? Path.Combine(blocker, "out") : folder.Path;
        var r = c.Command switch
        {
            "schema" => Support.Cli.Run("schema", "--out", target),
            "samples" => Support.Cli.Run("samples", "--targets", ledger, "--out", Path.Combine(target, "q")),
            "template" => Support.Cli.Run("template", "--targets", ledger, "--out", target),
            "evaluate" => Support.Cli.Run("evaluate", "--targets", ledger, "--figures", folder.File("f.csv", Csv), "--out", target),
            _ => Support.Cli.Run("keys", "add", "--admin", "--keys", target),
        };
        Survives(r, target);
    }

    /// <summary>A figure file of any format made hostile, and where to write it.</summary>
    private sealed record FigureFileCase(string Name, HostileInputGenerators.HostileFile File)
    {
        public string Write(string folder)
        {
            var path = Path.Combine(folder, Name);
            System.IO.File.WriteAllBytes(path, File.Bytes);
            return path;
        }

        public override string ToString() => $"{Name}: {File}";
    }

    private static Gen<FigureFileCase> FigureFile =>
        Gen.OneOf(
            HostileInputGenerators.Text(Csv).Select(f => new FigureFileCase("figures.csv", f)),
            HostileInputGenerators.Text(Csv.Replace(',', '\t')).Select(f => new FigureFileCase("figures.tsv", f)),
            HostileInputGenerators.Json(Json).Select(f => new FigureFileCase("figures.json", f)),
            HostileInputGenerators.Json("{\"figures\": " + Json + "}").Select(f => new FigureFileCase("wrapped.json", f)),
            HostileInputGenerators.Binary(FigureWorkbook()).Select(f => new FigureFileCase("figures.xlsx", f)),
            Gen.ArrayOf(HostileInputGenerators.WorkbookCell, 3).Select(cells => new FigureFileCase("cells.xlsx", new HostileInputGenerators.HostileFile("hostile cells", WorkbookBytes(cells)))));

    /// <summary>A ledger folder of one task with a percent and a count target, and one test file.</summary>
    private static string SmallLedger(TempFolder folder)
    {
        var ledger = Path.Combine(folder.Path, "ledger");
        Directory.CreateDirectory(Path.Combine(ledger, "tests"));
        File.WriteAllText(Path.Combine(ledger, "ledger.json"), Header);
        File.WriteAllText(Path.Combine(ledger, "01-area.json"), Area);
        File.WriteAllText(Path.Combine(ledger, "tests", "cases.json"), Tests);
        return ledger;
    }

    /// <summary>Exit 0, 1 or 2; a failure names the file; nothing reached the last guard.</summary>
    private static void Survives(Support.Cli.Result r, string file, bool jsonOnStdout = false)
    {
        Assert.True(r.Exit is 0 or 1 or 2, $"exit {r.Exit}: {r.Err}");
        Assert.DoesNotContain("internal error", r.Err, StringComparison.Ordinal);
        if (r.Exit != 0)
        {
            // Verdicts (a failed rule test) are on standard output, problems on standard error.
            Assert.Contains(file, jsonOnStdout ? r.Out : r.Err + r.Out, StringComparison.Ordinal);
        }
    }

    // Outputs are written through a temporary and a rename; none is left behind, whatever the exit.
    private static void NothingHalfWritten(Support.Cli.Result r, string output)
    {
        if (Directory.Exists(output))
        {
            Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
            if (r.Exit != 0)
            {
                Assert.Empty(Directory.GetFiles(output, "*", SearchOption.AllDirectories));
            }
        }
    }

    private static byte[] FigureWorkbook() => WorkbookBytes([Text("1.2"), Number("45107", 1), Number("1234", 0)]);

    private static byte[] TableWorkbook()
    {
        using var folder = new TempFolder();
        var path = XlsxFigureReaderTests.Workbook(folder, [
            [Text("标题")],
            [Text("指标名称"), Text("序号"), Text("工作任务"), Text("牵头单位")],
            [Text("（一）开办企业"), Number("1", 0), Text("到2024年底，企业开办时间压缩至1个工作日以内。"), Text("市市场监管局")],
        ]);
        return File.ReadAllBytes(path);
    }

    // A title row, the header, one good row and a row of the given cells under target, as_of and value.
    private static byte[] WorkbookBytes(Cell[] cells)
    {
        using var folder = new TempFolder();
        var path = XlsxFigureReaderTests.Workbook(folder, [
            [Text("figures")],
            [Text("target"), Text("as_of"), Text("value"), Text("unit")],
            [Text("1.1"), Number("45107", 1), Number("0.955", 2), Text("%")],
            [.. cells.Select(c => (Cell)c.CloneNode(true))],
        ]);
        return File.ReadAllBytes(path);
    }

    private static Cell Text(string text) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)) };

    private static Cell Number(string raw, uint style) => new() { CellValue = new CellValue(raw), StyleIndex = style };
}
