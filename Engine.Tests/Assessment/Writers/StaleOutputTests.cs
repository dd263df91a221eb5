using Engine.Rules.Assessment;
using Engine.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Assessment.Writers;

/// <summary>Stale tasks in the library's own outputs: a CSV column beside the status, a flag on each JSON task.</summary>
public class StaleOutputTests
{
    [Fact]
    public void Csv_LedgerWithAReportingCycle_HasAStaleColumnTrueForTheStaleTaskOnly()
    {
        var result = StaleFiguresLedger.Assessed();
        using var text = new StringWriter();
        AssessmentCsvWriter.Write(result, text);

        Assert.Equal(AssessmentCsvWriter.StaleColumn, AssessmentCsvWriter.Header(result)[^1]);
        var rows = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["true", "false", "false"], rows.Skip(1).Select(r => r.TrimEnd('\r').Split(',')[^1]));
    }

    [Fact]
    public void Csv_LedgerWithoutAReportingCycle_HasNoStaleColumn() =>
        Assert.DoesNotContain(AssessmentCsvWriter.StaleColumn, AssessmentCsvWriter.Header(AliasedUnitsLedger.Assessed()));

    [Fact]
    public void Json_StaleTasks_AreFlaggedOnTheTaskWithTheContractKeysUnchanged()
    {
        using var text = new StringWriter();
        AssessmentJsonWriter.Write(StaleFiguresLedger.Assessed(), text);
        var assessment = (JObject)JObject.Parse(text.ToString())["assessments"]![0]!;

        Assert.Equal(["entity", "as_of", "summary", "tasks"], assessment.Properties().Select(p => p.Name));
        Assert.Equal([true, false, false], assessment["tasks"]!.Select(t => (bool)t["stale"]!));
        Assert.Equal(["lagging", "on_track", "achieved"], assessment["tasks"]!.Select(t => (string)t["status"]!));
    }
}
