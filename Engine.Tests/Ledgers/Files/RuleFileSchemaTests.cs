using System.Text.Json.Nodes;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;
using Json.Schema;

namespace Engine.Tests.Ledgers;

/// <summary>The schemas, the reader and the bundled files agree.</summary>
public class RuleFileSchemaTests
{
    private static readonly JsonSchema Area = JsonSchema.FromText(RuleFileSchema.Area());
    private static readonly JsonSchema Ledger = JsonSchema.FromText(RuleFileSchema.Ledger());

    private static bool Valid(JsonSchema schema, string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement).IsValid;
    }

    [Fact]
    public void CommittedSchemas_AreTheGeneratedOnes()
    {
        Assert.Equal(RuleFileSchema.Ledger(), File.ReadAllText(Path.Combine(BundledPaths.Root, "targets", RuleFileSchema.LedgerFile)));
        Assert.Equal(RuleFileSchema.Area(), File.ReadAllText(Path.Combine(BundledPaths.Root, "targets", RuleFileSchema.AreaFile)));
    }

    [Fact]
    public void BundledRuleFiles_ValidateAgainstTheSchemas()
    {
        Assert.True(Valid(Ledger, File.ReadAllText(Path.Combine(BundledPaths.Targets, "ledger.json"))));
        Assert.All(Directory.GetFiles(BundledPaths.Targets, "[0-9]*.json"), f => Assert.True(Valid(Area, File.ReadAllText(f)), f));
    }

    [Theory]
    [InlineData("""{ "市市场监督管理局": ["市市场监管局"], "市民政局": ["民政局"] }""", true)]
    [InlineData("""{ "市民政局": "民政局" }""", false)]
    [InlineData("""{ "市民政局": [""] }""", false)]
    [InlineData("""{ "": ["民政局"] }""", false)]
    public void LedgerUnits_SchemaAndReaderAgree(string units, bool valid)
    {
        var header = $$"""{ "id": "t", "title": "x", "period": { "start": "2023-01-01", "end": "2023-12-31" }, "units": {{units}} }""";
        Assert.Equal(valid, Valid(Ledger, header));
        using var temp = new TempLedger(TempLedger.Area("""{ "id": "1.1", "metric": "m", "kind": "milestone", "unit": "%" }"""), header);
        Assert.Equal(valid, LedgerReader.TryRead(temp.Folder).Ledger is not null);
    }

    [Theory]
    [InlineData("""["霞山区", "赤坎区"]""", true)]
    [InlineData("""[]""", true)]
    [InlineData("""["霞山区", "霞山区"]""", false)]
    [InlineData("""[""]""", false)]
    [InlineData("""[7]""", false)]
    [InlineData("\"霞山区\"", false)]
    public void LedgerEntities_SchemaAndReaderAgree(string entities, bool valid)
    {
        var header = $$"""{ "id": "t", "title": "x", "period": { "start": "2023-01-01", "end": "2023-12-31" }, "entities": {{entities}} }""";
        Assert.Equal(valid, Valid(Ledger, header));
        using var temp = new TempLedger(TempLedger.Area("""{ "id": "1.1", "metric": "m", "kind": "milestone", "unit": "%" }"""), header);
        Assert.Equal(valid, LedgerReader.TryRead(temp.Folder).Ledger is not null);
    }

    private const string FullTarget = """
        { "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 12, "baseline": 5, "unit": "%", "deadline": "2023-12-31",
          "exclusive": true, "schedule": "linear", "slack": 0.1, "integer": true, "source": "任务文本", "note": "n" }
        """;

    /// <summary>Every target property the schema declares is one the reader takes, and vice versa for required ones.</summary>
    [Fact]
    public void SchemaTargetProperties_AreExactlyWhatTheReaderAccepts()
    {
        var schema = JsonNode.Parse(RuleFileSchema.Area())!["$defs"]!["target"]!;
        var declared = schema["properties"]!.AsObject().Select(p => p.Key).ToHashSet();
        var samples = new Dictionary<string, string>
        {
            ["value2"] = """{ "id": "1.1", "metric": "m", "kind": "between", "nature": "level", "value": 1, "value2": 2, "unit": "%" }""",
            ["tolerance"] = """{ "id": "1.1", "metric": "m", "kind": "about", "nature": "level", "value": 1, "tolerance": 0.5, "unit": "%" }""",
        };
        foreach (var property in declared)
        {
            var json = samples.GetValueOrDefault(property, FullTarget);
            var area = TempLedger.Area(json);
            Assert.True(Valid(Area, area), $"schema rejects the sample for {property}");
            using var temp = new TempLedger(area);
            var (ledger, problems) = LedgerReader.TryRead(temp.Folder);
            Assert.True(ledger is not null, $"reader rejects {property}: {string.Join("; ", problems)}");
        }

        foreach (var required in schema["required"]!.AsArray().Select(r => (string)r!))
        {
            var area = TempLedger.Area(FullTarget.Replace($"\"{required}\":", $"\"x{required}\":", StringComparison.Ordinal));
            Assert.False(Valid(Area, area), $"schema accepts a target without {required}");
            using var temp = new TempLedger(area);
            Assert.Null(LedgerReader.TryRead(temp.Folder).Ledger);
        }
    }

    [Theory]
    [InlineData("\"vaule\": 12")]
    [InlineData("\"kind\": \"at_leest\"")]
    [InlineData("\"deadline\": \"2023/12/31\"")]
    public void Schema_RejectsWhatTheReaderRejects(string change)
    {
        var json = FullTarget.Replace("\"value\": 12", change.StartsWith("\"vaule\"", StringComparison.Ordinal) ? change : "\"value\": 12", StringComparison.Ordinal);
        if (!change.StartsWith("\"vaule\"", StringComparison.Ordinal))
        {
            var field = change.Split(':')[0];
            json = System.Text.RegularExpressions.Regex.Replace(json, field + @":\s*""[^""]*""", change);
        }

        var area = TempLedger.Area(json);
        Assert.False(Valid(Area, area));
        using var temp = new TempLedger(area);
        Assert.Null(LedgerReader.TryRead(temp.Folder).Ledger);
    }

    [Fact]
    public void Milestone_CountedInWholeNumbers_IsRejectedByBoth()
    {
        var area = TempLedger.Area("""{ "id": "1.1", "metric": "m", "kind": "milestone", "unit": "%", "integer": true }""");
        Assert.False(Valid(Area, area));
        using var temp = new TempLedger(area);
        Assert.Null(LedgerReader.TryRead(temp.Folder).Ledger);
    }

    [Fact]
    public void Milestone_WithValue_IsRejectedByBoth()
    {
        var area = TempLedger.Area("""{ "id": "1.1", "metric": "m", "kind": "milestone", "value": 100, "unit": "%" }""");
        Assert.False(Valid(Area, area));
        using var temp = new TempLedger(area);
        Assert.Null(LedgerReader.TryRead(temp.Folder).Ledger);
    }

    [Theory]
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "at_least", "value": 12, "unit": "%" }""", false)]
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "at_least", "value": 12, "unit": "%", "draft": true }""", true)]
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "milestone", "unit": "%" }""", true)]
    [InlineData("""{ "id": "1.1", "metric": "m", "kind": "at_least", "nature": "level", "value": 12, "unit": "%" }""", true)]
    public void Nature_RequiredOnNumericTargetsThatAreNotDrafts_ByBoth(string target, bool valid)
    {
        var area = TempLedger.Area(target);
        Assert.Equal(valid, Valid(Area, area));
        using var temp = new TempLedger(area);
        Assert.Equal(valid, LedgerReader.TryRead(temp.Folder).Ledger is not null);
    }
}
