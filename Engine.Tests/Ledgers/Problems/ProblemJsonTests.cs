using System.Text.RegularExpressions;
using Engine.Rules.Ledgers;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Ledgers;

public partial class ProblemJsonTests
{
    public static readonly string[] Shape = ["file", "line", "column", "field", "target", "reason", "code"];

    [Fact]
    public void Write_LocatedProblem_IsTheOneShapeInOrder()
    {
        using var text = new StringWriter();
        using (var w = new JsonTextWriter(text))
        {
            ProblemJson.Write(w, new Problem("01-a.json", 3, 7, "tasks[0].targets[0].vaule", "unknown field \"vaule\"") { TargetId = "1.1", Code = ProblemCodes.UnknownField });
        }

        Assert.Equal("""{"file":"01-a.json","line":3,"column":7,"field":"tasks[0].targets[0].vaule","target":"1.1","reason":"unknown field \"vaule\"","code":"unknown-field"}""", text.ToString());
    }

    [Fact]
    public void Write_ProblemWithoutTargetOrCode_WritesNullTargetAndTheGeneralCode()
    {
        var array = JArray.Parse(ProblemJson.ToArray([new Problem("request", 0, 0, "", "bad")]));
        var problem = (JObject)array.Single();
        Assert.Equal(Shape, problem.Properties().Select(p => p.Name));
        Assert.Equal(JTokenType.Null, problem["target"]!.Type);
        Assert.Equal(ProblemCodes.Invalid, (string?)problem["code"]);
    }

    [Fact]
    public void All_Codes_AreDistinctKebabCase()
    {
        Assert.Equal(ProblemCodes.All.Count, ProblemCodes.All.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ProblemCodes.All, code => Assert.Matches(KebabCase(), code));
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    internal static partial Regex KebabCase();
}
