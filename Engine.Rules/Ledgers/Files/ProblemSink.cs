using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Engine.Rules.Ledgers;

/// <summary>Collects the problems of one file, each located by the token it concerns.</summary>
internal sealed class ProblemSink(string file, List<Problem> problems)
{
    public string File { get; } = file;

    public int Count => problems.Count;

    public void At(JToken token, string message, string? targetId = null, string code = ProblemCodes.Invalid)
    {
        var info = (IJsonLineInfo)token;
        problems.Add(new Problem(File, info.HasLineInfo() ? info.LineNumber : 0, info.HasLineInfo() ? info.LinePosition : 0, token.Path, message) { TargetId = targetId, Code = code });
    }

    public void Whole(string message, string code = ProblemCodes.Invalid) => problems.Add(new Problem(File, 0, 0, "", message) { Code = code });

    public void Add(Problem problem) => problems.Add(problem);
}
