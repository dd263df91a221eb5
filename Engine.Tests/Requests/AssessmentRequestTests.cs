using Engine.Output;
using Engine.Requests;
using Engine.Rules.Ledgers;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Requests;

public class AssessmentRequestTests
{
    [Fact]
    public void Parse_AllGiven_IsTheValidatedRequest()
    {
        var r = AssessmentRequest.Parse("2023-06-30", "霞山区", "CSV", "en", dateLists: false, out var problems);
        Assert.Empty(problems);
        Assert.Equal(new AssessmentRequest([new DateOnly(2023, 6, 30)], false, "霞山区", OutputFormat.Csv, Language.En) with { Dates = r!.Dates }, r);
        Assert.Equal([new DateOnly(2023, 6, 30)], r.Dates);
    }

    [Fact]
    public void Parse_NothingGiven_IsTheDefaults()
    {
        var r = AssessmentRequest.Parse(null, null, null, null, dateLists: false, out _)!;
        Assert.Equal((0, false, (string?)null, OutputFormat.Json, Language.Zh), (r.Dates.Count, r.Monthly, r.Entity, r.Format, r.Lang));
    }

    [Theory]
    [InlineData("2023-02-30", "2023-02-30: February 2023 has 28 days")]
    [InlineData("2023-13-01", "2023-13-01: there is no month 13")]
    public void Parse_BadDate_NamesTheFieldAndSaysWhatIsWrong(string asOf, string reason)
    {
        Assert.Null(AssessmentRequest.Parse(asOf, null, null, null, dateLists: false, out var problems));
        var p = Assert.Single(problems);
        Assert.Equal(("as_of", reason, ProblemCodes.BadDate), (p.Field, p.Message, p.Code));
    }

    [Fact]
    public void Parse_DateListWhereOneDateIsAllowed_IsRefused()
    {
        Assert.Null(AssessmentRequest.Parse("2023-03-31,2023-06-30", null, null, null, dateLists: false, out _));
        Assert.Null(AssessmentRequest.Parse("monthly", null, null, null, dateLists: false, out _));
        Assert.Equal(2, AssessmentRequest.Parse("2023-03-31,2023-06-30", null, null, null, dateLists: true, out _)!.Dates.Count);
        Assert.True(AssessmentRequest.Parse("monthly", null, null, null, dateLists: true, out _)!.Monthly);
    }

    [Fact]
    public void Parse_SeveralBadFields_ReportsEach()
    {
        Assert.Null(AssessmentRequest.Parse("x", new string('区', 101), "pdf", "fr", dateLists: false, out var problems));
        Assert.Equal(["as_of", "entity", "format", "lang"], problems.Select(p => p.Field));
        Assert.Contains("at most 100", problems[1].Message, StringComparison.Ordinal);
        Assert.Equal("format \"pdf\" is not one of json, csv, xlsx, html", problems[2].Message);
    }

    [Fact]
    public void Parse_EntityWithControlCharacter_IsRefused()
    {
        Assert.Null(AssessmentRequest.Parse(null, "a\u0004b", null, null, dateLists: false, out var problems));
        Assert.Equal("entity", Assert.Single(problems).Field);
    }

    [Fact]
    public void EvaluateCommand_Entity_AssessesThatEntityOnly()
    {
        using var folder = new Support.TempFolder();
        var figures = folder.File("f.csv", "target,as_of,value,entity\n20.1,2023-06-30,10,甲\n20.1,2023-06-30,13,乙\n");
        var r = Support.Cli.Run("evaluate", "--figures", figures, "--entity", "乙");
        Assert.Equal(0, r.Exit);
        var assessment = Assert.Single((JArray)JObject.Parse(r.Out)["assessments"]!);
        Assert.Equal("乙", (string?)assessment["entity"]);
    }

    // The HTTP side of the same wording: ApiTests.AsOf_BadDate_ProblemMessageIsTheDateReason.
    [Fact]
    public void EvaluateCommand_BadDate_SaysWhatTheApiSays()
    {
        var cli = Support.Cli.Run("evaluate", "--as-of", "2023-04-31");
        Assert.Equal(2, cli.Exit);
        Assert.Contains("engine: --as-of: 2023-04-31: April has 30 days", cli.Err, StringComparison.Ordinal);
    }
}
