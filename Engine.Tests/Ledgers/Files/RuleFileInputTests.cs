using System.Text;
using Engine.Rules.Authoring;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Ledgers.Files;

/// <summary>Rule and test files as analysts' editors save them (issue 14): full-width forms, encodings, control characters.</summary>
public class RuleFileInputTests
{
    static RuleFileInputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Target = """{ "id": "２１.１", "metric": "比例", "kind": "at_least", "nature": "level", "value": 12, "unit": "％", "deadline": "２０２３-１２-３１" }""";

    [Fact]
    public void Read_FullWidthTargetId_IsTheIdItsFiguresName()
    {
        using var temp = new TempLedger(TempLedger.Area(Target));
        var ledger = temp.Read();
        var target = Assert.Single(ledger.Targets);
        Assert.Equal(("21.1", "%", new DateOnly(2023, 12, 31)), (target.Id, target.Unit, target.Deadline));

        var intake = new FigureIntake(ledger);
        intake.Add(new RawFigure("f.csv", 2, "21.1", "2023-06-30", "12%"));
        Assert.Empty(intake.Rejected);
    }

    [Fact]
    public void Read_RuleFileInGb18030_IsRefusedNamingTheFile()
    {
        using var temp = new TempLedger(TempLedger.Area(Target));
        var area = Path.Combine(temp.Folder, "01-area.json");
        File.WriteAllBytes(area, Encoding.GetEncoding("GB18030").GetBytes(File.ReadAllText(area)));
        var (ledger, problems) = LedgerReader.TryRead(temp.Folder);
        Assert.Null(ledger);
        var problem = Assert.Single(problems);
        Assert.Equal(("01-area.json", ProblemCodes.BadEncoding), (problem.Source, problem.Code));
        Assert.Contains("save it as UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RuleFileInUtf16_IsRefused()
    {
        using var temp = new TempLedger(TempLedger.Area(Target));
        var area = Path.Combine(temp.Folder, "01-area.json");
        File.WriteAllText(area, File.ReadAllText(area), Encoding.Unicode);
        var (_, problems) = LedgerReader.TryRead(temp.Folder);
        Assert.Contains(problems, p => p.Code == ProblemCodes.BadEncoding && p.Message.Contains("UTF-16", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_RuleFileWithBom_IsRead()
    {
        using var temp = new TempLedger(TempLedger.Area(Target));
        var area = Path.Combine(temp.Folder, "01-area.json");
        File.WriteAllText(area, File.ReadAllText(area), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.Single(temp.Read().Targets);
    }

    [Fact]
    public void Read_ControlCharacterInAName_IsALocatedProblem()
    {
        using var temp = new TempLedger(TempLedger.Area(Target.Replace("比例", "比\\u0007例", StringComparison.Ordinal)));
        var (_, problems) = LedgerReader.TryRead(temp.Folder);
        var problem = Assert.Single(problems);
        Assert.Equal(("01-area.json", 5), (problem.Source, problem.Line));
        Assert.Contains("control character (U+0007)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TestFileInGb18030_IsRefusedNamingTheFile()
    {
        using var temp = new TempLedger(TempLedger.Area(Target));
        var tests = Directory.CreateDirectory(Path.Combine(temp.Folder, "tests")).FullName;
        var json = """{ "cases": [ { "name": "中文", "as_of": "2023-06-30", "figures": [ { "target": "２１.１", "as_of": "２０２３-０６-３０", "value": "１２" } ], "expect": { "targets": { "21.1": { "status": "on_track" } } } } ] }""";
        File.WriteAllBytes(Path.Combine(tests, "a.json"), Encoding.GetEncoding("GB18030").GetBytes(json));
        var ledger = temp.Read();
        var (cases, problems) = RuleTestReader.Read(temp.Folder, ledger);
        Assert.Empty(cases);
        Assert.Contains(problems, p => p.Code == ProblemCodes.BadEncoding);

        // Saved as UTF-8, the same full-width case reads and passes.
        File.WriteAllText(Path.Combine(tests, "a.json"), json);
        var (read, none) = RuleTestReader.Read(temp.Folder, ledger);
        Assert.Empty(none);
        Assert.Equal("21.1", Assert.Single(read).Figures[0].Target);
    }
}
