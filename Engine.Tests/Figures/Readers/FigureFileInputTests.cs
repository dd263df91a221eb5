using System.Text;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Figures.Readers;

/// <summary>Figure files as offices produce them (issue 14): real files through <see cref="FigureFiles"/>.</summary>
public class FigureFileInputTests
{
    static FigureFileInputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    [Fact]
    public void Read_FullWidthTargetDateAndValue_IsTheSameFigureAsHalfWidth()
    {
        using var folder = new TempFolder();
        var set = FigureLedger.Read(folder, "f.csv", "target,as_of,value\n２０.１,２０２３-０６-３０,１２.５\n");
        Assert.Equal(("20.1", new DateOnly(2023, 6, 30), 12.5m), FigureLedger.Only(set));
    }

    [Fact]
    public void Read_Gb18030FileWithChineseHeaders_IsReadAndTheAccountSaysSo()
    {
        using var folder = new TempFolder();
        var set = FigureLedger.Read(folder, "f.csv", Gb18030.GetBytes("目标编号,报送截至日期,报送值,填报主体\n20.1,2023-06-30,12,赤坎区\n"));
        Assert.Empty(set.Rejected);
        Assert.Equal("赤坎区", Assert.Single(set.All("赤坎区", "20.1")).Entity);
        Assert.Equal("GB18030", set.Encodings["f.csv"]);
    }

    [Fact]
    public void Read_Utf16WithBom_IsRead()
    {
        using var folder = new TempFolder();
        var set = FigureLedger.Read(folder, "f.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("target,as_of,value,entity\r\n20.1,2023-06-30,12,赤坎区\r\n")]);
        Assert.Equal("赤坎区", Assert.Single(set.All("赤坎区", "20.1")).Entity);
        Assert.Equal("UTF-16", set.Encodings["f.csv"]);
    }

    [Theory]
    [InlineData(new byte[] { 0x74, 0x61, 0x72, 0x67, 0x65, 0x74, 0x0A, 0x81, 0x20, 0x0A })]
    [InlineData(new byte[] { 0x74, 0x0A, 0x01, 0x02, 0x03, 0xB0, 0xA1, 0x0A })]
    public void Read_BytesNoEncodingTakes_AreRefusedWhole(byte[] bytes)
    {
        using var folder = new TempFolder();
        var e = Assert.Throws<FigureFileException>(() => FigureLedger.Read(folder, "f.csv", bytes));
        Assert.Equal(ProblemCodes.BadEncoding, e.Problem.Code);
        Assert.Equal("f.csv", e.Problem.Source);
        Assert.Contains("encoding not recognised: save as UTF-8", e.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StrayEmptyColumnsOfExcel_AreIgnored()
    {
        using var folder = new TempFolder();
        var set = FigureLedger.Read(folder, "f.csv", "target,as_of,value,,\n20.1,2023-06-30,12,,\n");
        Assert.Equal(("20.1", new DateOnly(2023, 6, 30), 12m), FigureLedger.Only(set));
    }

    [Fact]
    public void Read_TextUnderAnUnnamedColumn_RefusesTheRow()
    {
        using var folder = new TempFolder();
        var set = FigureLedger.Read(folder, "f.csv", "target,as_of,value,\n20.1,2023-06-30,12,看这里\n");
        var problem = Assert.Single(set.Rejected);
        Assert.Equal((2, 4, ProblemCodes.BadRow), (problem.Line, problem.Column, problem.Code));
    }

    [Theory]
    [InlineData("target,as_of,value,备注,备注", "the header names \"备注\" twice: columns 4 and 5")]
    [InlineData("target,as_of,value,目标编号", "the header has \"target\" and \"目标编号\", which both mean target: columns 1 and 4")]
    public void Read_DuplicateHeader_IsALocatedErrorNamingBothColumns(string header, string message)
    {
        using var folder = new TempFolder();
        var e = Assert.Throws<FigureFileException>(() => FigureLedger.Read(folder, "f.csv", header + "\n20.1,2023-06-30,12,,\n"));
        Assert.Equal(("f.csv", 1, ProblemCodes.DuplicateColumn), (e.Problem.Source, e.Problem.Line, e.Problem.Code));
        Assert.Contains(message, e.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_DuplicateHeader_ExitsOneNamingTheFileAndLine()
    {
        using var folder = new TempFolder();
        var r = Support.Cli.Run("evaluate", "--figures", folder.File("f.csv", "target,as_of,value,备注,备注\n20.1,2023-06-30,12,,\n"));
        Assert.Equal(1, r.Exit);
        Assert.Contains("f.csv:1:5 [note]: the header names \"备注\" twice", r.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("20.1", "12%", 12)]
    [InlineData("20.1", "12.5 ％", 12.5)]
    [InlineData("20.1", "１２％", 12)]
    [InlineData("101.1", "\"1,234\"", 1234)]
    [InlineData("101.1", "\"１,２３４\"", 1234)]
    [InlineData("47.2", "\"1,234.5\"", 1234.5)]
    [InlineData("47.2", "-0.5", -0.5)]
    public void Read_ValueSpellings_AreTheSameNumber(string target, string value, decimal expected)
    {
        using var folder = new TempFolder();
        var set = FigureLedger.Read(folder, "f.csv", $"target,as_of,value\n{target},2023-06-30,{value}\n");
        Assert.Equal((target, new DateOnly(2023, 6, 30), expected), FigureLedger.Only(set));
    }

    [Theory]
    [InlineData("101.1", "12%", "value \"12%\" is a percentage; target 101.1 is in 家, not %", ProblemCodes.UnitMismatch)]
    [InlineData("20.1", "约10", "value \"约10\" is approximate; give the number alone", ProblemCodes.BadNumber)]
    [InlineData("20.1", "10左右", "value \"10左右\" is approximate; give the number alone", ProblemCodes.BadNumber)]
    [InlineData("20.1", "NaN", "value \"NaN\" is not a finite number", ProblemCodes.BadNumber)]
    [InlineData("20.1", "Infinity", "value \"Infinity\" is not a finite number", ProblemCodes.BadNumber)]
    [InlineData("20.1", "-Infinity", "value \"-Infinity\" is not a finite number", ProblemCodes.BadNumber)]
    [InlineData("20.1", "一半", "value \"一半\" is not a number", ProblemCodes.BadNumber)]
    [InlineData("101.1", "\"1,23\"", "value \"1,23\" is not a number", ProblemCodes.BadNumber)]
    [InlineData("20.1", "1e999", "value \"1e999\" is not a number", ProblemCodes.BadNumber)]
    public void Read_ValuesThatAreNotOneNumber_AreRefusedNamingTheCell(string target, string value, string reason, string code)
    {
        using var folder = new TempFolder();
        var set = FigureLedger.Read(folder, "f.csv", $"target,as_of,value\n{target},2023-06-30,{value}\n");
        var problem = Assert.Single(set.Rejected);
        Assert.Equal(("f.csv", 2, 3, "value", reason, code), (problem.Source, problem.Line, problem.Column, problem.Field, problem.Message, problem.Code));
    }

    [Theory]
    [InlineData("2023-06-30")]
    [InlineData("2023-6-30")]
    [InlineData("2023/6/30")]
    [InlineData("2023/06/30")]
    [InlineData("2023.6.30")]
    [InlineData("2023年6月30日")]
    [InlineData("２０２３年６月３０日")]
    [InlineData("20230630")]
    [InlineData("2023/6/30 0:00")]
    public void Read_DateSpellings_AreTheSameDate(string asOf)
    {
        using var folder = new TempFolder();
        var set = FigureLedger.Read(folder, "f.csv", $"target,as_of,value\n20.1,{asOf},12\n");
        Assert.Equal(("20.1", new DateOnly(2023, 6, 30), 12m), FigureLedger.Only(set));
    }

    [Theory]
    [InlineData("2023-02-30", "2023-02-30: February 2023 has 28 days")]
    [InlineData("2023/13/1", "2023/13/1: there is no month 13")]
    [InlineData("2023年4月31日", "2023年4月31日: April has 30 days")]
    [InlineData("45107", "\"45107\" looks like an Excel serial date; format the column as a date (or write YYYY-MM-DD)")]
    [InlineData("6/30/2023", "\"6/30/2023\" is ambiguous (M/D/YYYY or D/M/YYYY); write the year first: YYYY-MM-DD")]
    [InlineData("30/6/2023", "\"30/6/2023\" is ambiguous (M/D/YYYY or D/M/YYYY); write the year first: YYYY-MM-DD")]
    [InlineData("2023-6", "\"2023-6\" is not a date: write YYYY-MM-DD (or YYYY/M/D, YYYY.M.D, YYYY年M月D日, YYYYMMDD)")]
    public void Read_DatesThatCannotBeRead_SayWhy(string asOf, string reason)
    {
        using var folder = new TempFolder();
        var set = FigureLedger.Read(folder, "f.csv", $"target,as_of,value\n20.1,{asOf},12\n");
        var problem = Assert.Single(set.Rejected);
        Assert.Equal((2, 2, "as_of", reason, ProblemCodes.BadDate), (problem.Line, problem.Column, problem.Field, problem.Message, problem.Code));
    }

    [Fact]
    public void Read_RowsWithNeitherValueNorDate_AreBlankNotRejected()
    {
        using var folder = new TempFolder();
        var set = FigureLedger.Read(folder, "f.csv", "target,as_of,value,note\n20.1,2023-06-30,12,\n20.1,,,未填\n\n,,,\n");
        Assert.Empty(set.Rejected);
        var counts = set.CountsAsOf(new DateOnly(2023, 6, 30));
        // Sep passes over the empty line itself; the rows of empty cells are blank rows.
        Assert.Equal((4, 1, 0, 0, 0, 3), (counts.Read, counts.Used, counts.Superseded, counts.AfterAsOf, counts.Rejected, counts.Blank));
        Assert.Equal(counts.Read, counts.Used + counts.Superseded + counts.AfterAsOf + counts.Rejected + counts.Blank);
    }

    [Fact]
    public void Evaluate_StrictWithTrailingBlankLines_Passes()
    {
        using var folder = new TempFolder();
        var r = Support.Cli.Run("evaluate", "--strict", "--figures", folder.File("f.csv", "target,as_of,value\n20.1,2023-06-30,12\n,,\n\n"));
        Assert.Equal(0, r.Exit);
        Assert.Contains("+ rejected 0 + blank 2", r.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("entity", "区\u0007")]
    [InlineData("note", "说明\u0000")]
    [InlineData("reported_by", "\u001b[31m局")]
    public void Read_ControlCharacterInANameOrNote_RefusesTheRowAtThatCell(string field, string text)
    {
        using var folder = new TempFolder();
        var set = FigureLedger.Read(folder, "f.csv", $"target,as_of,value,{field}\n20.1,2023-06-30,12,{text}\n");
        var problem = Assert.Single(set.Rejected);
        Assert.Equal((2, 4, field), (problem.Line, problem.Column, problem.Field));
        Assert.Contains("control character", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_JsonUnknownKey_IsRefusedWithASuggestionAtItsLineAndColumn()
    {
        using var folder = new TempFolder();
        var set = FigureLedger.Read(folder, "f.json", "[\n  {\"target\": \"20.1\", \"as_of\": \"2023-06-30\", \"valeu\": 12}\n]");
        var problem = Assert.Single(set.Rejected);
        Assert.Equal((2, ProblemCodes.UnknownField, "valeu"), (problem.Line, problem.Code, problem.Field));
        Assert.True(problem.Column > 30, $"column {problem.Column} should be the key's");
        Assert.Contains("unknown key \"valeu\" (did you mean \"value\"?)", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"entity\": 42", "entity", "the number 42")]
    [InlineData("\"entity\": {\"name\": \"霞山区\"}", "entity", "an object")]
    [InlineData("\"note\": [\"a\"]", "note", "an array")]
    [InlineData("\"填报主体\": true", "填报主体", "the boolean true")]
    public void Read_JsonTextFieldNotAString_IsRefusedAtTheValue_NotReadAsItsSpelling(string field, string name, string given)
    {
        using var folder = new TempFolder();
        var set = FigureLedger.Read(folder, "f.json", $"[\n  {{\"target\": \"20.1\", \"as_of\": \"2023-06-30\", \"value\": 12, {field}}},\n  {{\"target\": \"20.1\", \"as_of\": \"2023-07-31\", \"value\": 13}}\n]");
        var problem = Assert.Single(set.Rejected);
        Assert.Equal((2, ProblemCodes.WrongType, name), (problem.Line, problem.Code, problem.Field));
        Assert.Equal($"{name} must be text (a JSON string), not {given}", problem.Message);
        Assert.Single(set.All("", "20.1"));
    }

    [Fact]
    public void Read_JsonOneLineArray_NamesTheFigureByItsIndex()
    {
        using var folder = new TempFolder();
        var set = FigureLedger.Read(folder, "f.json", """{"figures": [{"target": "20.1", "as_of": "2023-06-30", "value": 12}, {"target": "20.1", "as_of": "2023-06-30", "value": "x"}]}""");
        var problem = Assert.Single(set.Rejected);
        Assert.Equal((1, "figures[1].value"), (problem.Line, problem.Field));
        Assert.True(problem.Column > 60, $"column {problem.Column} should be the second element's");
        Assert.Single(set.All("", "20.1"));
    }

    [Fact]
    public void Read_JsonChineseKeysAndFullWidthValues_AreTheSameFigure()
    {
        using var folder = new TempFolder();
        var set = FigureLedger.Read(folder, "f.json", """[{"目标编号": "２０.１", "报送截至日期": "2023年6月30日", "报送值": "１２"}]""");
        Assert.Equal(("20.1", new DateOnly(2023, 6, 30), 12m), FigureLedger.Only(set));
    }

    [Fact]
    public void Read_JsonObjectWithOtherKeys_IsRefusedWhole()
    {
        using var folder = new TempFolder();
        var e = Assert.Throws<FigureFileException>(() => FigureLedger.Read(folder, "f.json", """{"figure": []}"""));
        Assert.Equal(ProblemCodes.UnknownField, e.Problem.Code);
        Assert.Contains("did you mean \"figures\"", e.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FilesAndAFolder_LaterFilesWinTiesAndRowsNameTheirFile()
    {
        using var folder = new TempFolder();
        var units = Directory.CreateDirectory(Path.Combine(folder.Path, "units")).FullName;
        File.WriteAllText(Path.Combine(units, "b.csv"), "target,as_of,value\n20.1,2023-06-30,11\n20.1,2023-06-30,x\n");
        File.WriteAllText(Path.Combine(units, "a.json"), """[{"target": "20.1", "as_of": "2023-06-30", "value": 10}]""");
        File.WriteAllText(Path.Combine(units, "notes.txt"), "not figures");
        Directory.CreateDirectory(Path.Combine(units, "old"));
        File.WriteAllText(Path.Combine(units, "old", "z.csv"), "target,as_of,value\n20.1,2023-06-30,99\n");
        var last = folder.File("last.csv", "target,as_of,value\n20.1,2023-06-30,13\n20.1,2023-03-31,1\n");

        var set = FigureFiles.Read([units, last], FigureLedger.Ledger, keepRows: true);
        Assert.Equal(13m, set.InForce("", "20.1", new DateOnly(2023, 6, 30))!.Value);
        Assert.Equal(["a.json", "b.csv", "last.csv", "last.csv"], set.All("", "20.1").Select(f => f.Source));
        Assert.Equal("b.csv", Assert.Single(set.Rejected).Source);
        Assert.Equal(5, set.Read);
    }

    [Fact]
    public void Evaluate_RepeatedFigures_ReadsEveryFileInOrder()
    {
        using var folder = new TempFolder();
        var a = folder.File("a.csv", "target,as_of,value\n20.1,2023-06-30,10\n");
        var b = folder.File("b.csv", "target,as_of,value\n20.1,2023-06-30,12.5\n");
        var r = Support.Cli.Run("evaluate", "--figures", b, "--figures", a);
        Assert.Equal(0, r.Exit);
        var target = Newtonsoft.Json.Linq.JObject.Parse(r.Out)["assessments"]![0]!["tasks"]!.Single(t => (int)t["no"]! == 20)["targets"]![0]!;
        Assert.Equal(10m, (decimal)target["value"]!);
        Assert.Contains("figures read 2 = used 1 + superseded 1", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Gb18030File_TheAccountSaysHowItWasRead()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "f.csv");
        File.WriteAllBytes(path, Gb18030.GetBytes("目标编号,报送截至日期,报送值\n20.1,2023/6/30,12\n"));
        var r = Support.Cli.Run("evaluate", "--figures", path);
        Assert.Equal(0, r.Exit);
        Assert.Contains("f.csv read as GB18030", r.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("２０２３-０６-３０")]
    [InlineData("2023年6月30日")]
    [InlineData("2023/6/30")]
    public void Evaluate_AsOfSpellings_AreTheOneDate(string asOf)
    {
        var r = Support.Cli.Run("evaluate", "--as-of", asOf);
        Assert.Equal(0, r.Exit);
        Assert.Equal("2023-06-30", (string?)Newtonsoft.Json.Linq.JObject.Parse(r.Out)["as_of"]);
    }
}
