using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Engine.Rules.Ledgers;

/// <summary>Reads the ordered <c>alerts</c> of ledger.json: <c>{ "level": "red", "when": { "status": [...], "not_status": [...], "behind_by": 20, "due_within_days": 30 } }</c>.</summary>
internal static class AlertParser
{
    public static IReadOnlyList<AlertRule> Parse(JArray? array, ProblemSink sink)
    {
        var rules = new List<AlertRule>();
        foreach (var item in array ?? [])
        {
            if (item is not JObject obj)
            {
                sink.At(item, "each alert must be an object such as { \"level\": \"red\", \"when\": { \"status\": [\"missed\"] } }");
                continue;
            }

            var fields = new JsonFields(obj, sink);
            var level = fields.String("level", required: true);
            var when = fields.Object("when", required: true);
            fields.ReportUnknown();
            if (level is null || when is null)
            {
                continue;
            }

            var w = new JsonFields(when, sink);
            var status = Statuses(w, "status");
            var notStatus = Statuses(w, "not_status");
            var behind = w.Number("behind_by", required: false);
            var due = w.Integer("due_within_days", required: false, min: 0);
            var stale = w.Boolean("stale");
            w.ReportUnknown();
            if (behind is < 0m)
            {
                w.Problem("behind_by", $"\"behind_by\" is {behind}; it counts percentage points behind and must be 0 or more");
            }

            var info = (IJsonLineInfo)obj;
            rules.Add(new AlertRule
            {
                Level = level,
                Order = rules.Count,
                Status = status,
                NotStatus = notStatus,
                BehindBy = behind,
                DueWithinDays = due,
                Stale = stale,
                Location = new SourceLocation(sink.File, info.LineNumber, info.LinePosition),
            });
        }

        return rules;
    }

    private static List<Status>? Statuses(JsonFields fields, string name)
    {
        var names = fields.Strings(name, required: false);
        if (names is null)
        {
            return null;
        }

        var result = new List<Status>();
        foreach (var n in names)
        {
            if (WireNames.TryParseStatus(n, out var s))
            {
                result.Add(s);
            }
            else
            {
                fields.Problem(name, $"\"{n}\" in \"{name}\" is not a status; use: {string.Join(", ", WireNames.StatusNames)}");
            }
        }

        return result;
    }
}
