using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Engine.Rules.Ledgers;

/// <summary>
/// JSON Schemas (draft 2020-12) of the two rule-file kinds, made from the format's field table and the model's
/// enum names. Rule files may name them in "$schema" so editors complete and check as analysts type.
/// A test holds the reader and these schemas to the same fields.
/// </summary>
internal static class RuleFileSchema
{
    public const string LedgerFile = "ledger.schema.json";
    public const string AreaFile = "area.schema.json";

    public static string Ledger() => Json(new JObject
    {
        ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
        ["$id"] = LedgerFile,
        ["title"] = "Ledger header (rule format v1)",
        ["type"] = "object",
        ["additionalProperties"] = false,
        ["required"] = new JArray("id", "title", "period"),
        ["properties"] = new JObject
        {
            ["$schema"] = Str("Path of this schema, for editors."),
            ["id"] = Str("The ledger id, e.g. zhanjiang-2023.", minLength: 1),
            ["title"] = Str("The ledger's title.", minLength: 1),
            ["period"] = Obj("The working period, both ends inclusive.", ["start", "end"], new JObject
            {
                ["start"] = DateField("First day (S)."),
                ["end"] = DateField("Last day; the default deadline."),
            }),
            ["labels"] = Obj("Words shown in the 评估情况 column per status; any not given keeps its default.", [], new JObject(
                WireNames.StatusNames.Select(s => new JProperty(s, Str($"Label of {s}.", minLength: 1))))),
            ["slack"] = Slack("Ledger-wide share below the expected progress still counted on track (0 ≤ slack < 1)."),
            ["alerts"] = new JObject
            {
                ["type"] = "array",
                ["description"] = "Ordered warning rules (预警): the first whose conditions all hold gives a task its level.",
                ["items"] = Obj("A warning rule.", ["level", "when"], new JObject
                {
                    ["level"] = Str("The level given, e.g. red, yellow, blue.", minLength: 1),
                    ["when"] = Obj("Conditions on the task's assessment; all must hold.", [], new JObject
                    {
                        ["status"] = new JObject { ["type"] = "array", ["items"] = Enum("A status.", WireNames.StatusNames), ["description"] = "The task's status is one of these." },
                        ["not_status"] = new JObject { ["type"] = "array", ["items"] = Enum("A status.", WireNames.StatusNames), ["description"] = "The task's status is none of these." },
                        ["behind_by"] = new JObject { ["type"] = "number", ["minimum"] = 0, ["description"] = "Progress is at least this many percentage points below the expected progress." },
                        ["due_within_days"] = new JObject { ["type"] = "integer", ["minimum"] = 0, ["description"] = "An unachieved target's deadline is within this many days." },
                        ["stale"] = new JObject { ["type"] = "boolean", ["description"] = "The task is stale (a figure older than the report the ledger's cycle owes), or not." },
                    }),
                }),
            },
            ["reporting"] = Obj("How often units must report: cycles end at calendar month, quarter, half-year or year ends; a cycle's report is owed grace_days after its end. A figure older than the report owed is stale.", ["cycle"], new JObject
            {
                ["cycle"] = Enum("The reporting cycle.", ReportingCycles.Names),
                ["grace_days"] = new JObject { ["type"] = "integer", ["minimum"] = 0, ["description"] = "Days after a cycle's end before its report is owed (default 0)." },
            }),
            ["entities"] = new JObject
            {
                ["type"] = "array",
                ["description"] = "The entities assessed (a city's districts, …), e.g. [\"霞山区\", \"赤坎区\"]. Unit keys of the HTTP API may submit figures for these only (for none but the ledger-wide entity when the list is absent); admin keys for any.",
                ["uniqueItems"] = true,
                ["items"] = new JObject { ["type"] = "string", ["minLength"] = 1 },
            },
            ["units"] = new JObject
            {
                ["type"] = "object",
                ["description"] = "Other spellings of one unit: canonical name → its aliases, e.g. { \"市市场监督管理局\": [\"市市场监管局\"] }. League tables, summaries and access group by the canonical name; an alias may be listed once only and is never itself a canonical name.",
                ["propertyNames"] = new JObject { ["minLength"] = 1 },
                ["additionalProperties"] = new JObject
                {
                    ["type"] = "array",
                    ["description"] = "The aliases of this canonical name, as lead and responsible write them.",
                    ["uniqueItems"] = true,
                    ["items"] = new JObject { ["type"] = "string", ["minLength"] = 1 },
                },
            },
        },
    });

    public static string Area() => Json(new JObject
    {
        ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
        ["$id"] = AreaFile,
        ["title"] = "Area file: the tasks of one indicator area (rule format v1)",
        ["type"] = "object",
        ["additionalProperties"] = false,
        ["required"] = new JArray("area", "tasks"),
        ["properties"] = new JObject
        {
            ["$schema"] = Str("Path of this schema, for editors."),
            ["area"] = Obj("The indicator area (指标名称).", ["no", "name"], new JObject
            {
                ["no"] = Str("Area number as written, e.g. 二.", minLength: 1),
                ["name"] = Str("Area name, e.g. 办理建筑许可.", minLength: 1),
            }),
            ["tasks"] = new JObject { ["type"] = "array", ["minItems"] = 1, ["items"] = new JObject { ["$ref"] = "#/$defs/task" } },
        },
        ["$defs"] = new JObject
        {
            ["task"] = Obj("A numbered task (工作任务).", ["no", "measure", "lead", "responsible", "text", "targets"], new JObject
            {
                ["no"] = Int("Task number, unique in the ledger."),
                ["measure"] = Obj("The measure (举措) the task belongs to.", ["no", "name"], new JObject { ["no"] = Int("Measure number."), ["name"] = Str("Measure name.", minLength: 1) }),
                ["lead"] = Units("Lead units (牵头单位).", minItems: 1),
                ["responsible"] = Units("Responsible units (责任单位).", minItems: 0),
                ["text"] = Str("The task text, verbatim.", minLength: 1),
                ["combine"] = Enum("How target statuses combine: all (most severe) or any (either-or).", WireNames.CombineNames),
                ["remark"] = Str("The ledger's 备注 for the task."),
                ["targets"] = new JObject { ["type"] = "array", ["minItems"] = 1, ["items"] = new JObject { ["$ref"] = "#/$defs/target" } },
            }),
            ["target"] = Target(),
        },
    });

    private static JObject Target()
    {
        var target = Obj("A quantitative or dated requirement.", ["id", "metric", "kind", "unit"], new JObject
        {
            ["id"] = Str("Target id, unique in the ledger, e.g. 20.1.", minLength: 1),
            ["metric"] = Str("Short name of what is measured.", minLength: 1),
            ["kind"] = Enum("The kind of requirement: " + string.Join("; ", TargetKinds.All.Select(k => $"{k.Name}: {k.Description}")) + ".", TargetKinds.Names),
            ["value"] = Num("The target level (not for milestones)."),
            ["value2"] = Num("Upper bound of a between target."),
            ["baseline"] = Num("The starting level, for progress."),
            ["unit"] = Str("The unit as the text gives it (%, 个工作日, 小时…).", minLength: 1),
            ["deadline"] = DateField("Deadline, inclusive (default: the period end; never before its start)."),
            ["exclusive"] = new JObject { ["type"] = "boolean", ["description"] = "Strict comparison (at_least and at_most only)." },
            ["tolerance"] = new JObject { ["type"] = "number", ["minimum"] = 0, ["description"] = "Allowed distance of an about target (default 10% of |value|)." },
            ["nature"] = Enum("cumulative: the figure builds up within the period (新增, 累计, 全年 totals, 结案率); level: a state at a moment (a rate, a time limit, a standard, a stock). A milestone is cumulative.", Natures.Names),
            ["schedule"] = Enum("How the target is judged before its deadline: " + string.Join("; ", System.Enum.GetValues<Schedule>().Select(s => $"{Schedules.Name(s)}: {Schedules.Description(s)}")) + ".", WireNames.ScheduleNames),
            ["slack"] = Slack("Overrides the ledger's slack."),
            ["integer"] = new JObject { ["type"] = "boolean", ["description"] = "Figures are counted in whole numbers, a fractional one is refused (default: true for a count unit such as 家, 个 or 个环节 with whole values and a metric without 人均, 平均, 每万…; never for milestones)." },
            ["source"] = Str("The words of the task text the target comes from."),
            ["note"] = Str("Why the target reads as it does."),
            ["draft"] = new JObject { ["type"] = "boolean", ["description"] = "Proposed by engine draft; remove once reviewed." },
            ["confidence"] = new JObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = 1, ["description"] = "How sure the drafting grammar was." },
            ["nature_confidence"] = new JObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = 1, ["description"] = "How sure engine draft was of the nature it proposed (from the unit and the value, not the words)." },
        });
        // Each kind's table of the kind-dependent fields becomes one if/then: what it requires, and what it refuses.
        target["allOf"] = new JArray(TargetKinds.All.Select(k =>
        {
            var required = TargetKinds.DependentFields.Where(f => k.Use(f) == FieldUse.Required).ToArray();
            var refused = TargetKinds.DependentFields.Where(f => !k.Takes(f)).ToArray();
            var then = new JObject { ["required"] = new JArray(required) };
            if (refused.Length > 0)
            {
                then["not"] = new JObject { ["anyOf"] = new JArray(refused.Select(f => new JObject { ["required"] = new JArray(f) })) };
            }

            // A milestone's figure is the percent of the work done, never a count.
            if (k.MeasuresCompletion)
            {
                then["properties"] = new JObject { ["integer"] = new JObject { ["const"] = false } };
            }

            return new JObject
            {
                ["if"] = new JObject { ["properties"] = new JObject { ["kind"] = new JObject { ["const"] = k.Name } }, ["required"] = new JArray("kind") },
                ["then"] = then,
            };
        }));

        // A numeric target that is not a draft names its nature (a milestone is always cumulative).
        ((JArray)target["allOf"]!).Add(new JObject
        {
            ["if"] = new JObject
            {
                ["properties"] = new JObject
                {
                    ["kind"] = new JObject { ["enum"] = new JArray(TargetKinds.All.Where(k => !k.MeasuresCompletion).Select(k => k.Name)) },
                    ["draft"] = new JObject { ["const"] = false },
                },
                ["required"] = new JArray("kind"),
            },
            ["then"] = new JObject { ["required"] = new JArray("nature") },
        });
        return target;
    }

    private static JObject Obj(string description, string[] required, JObject properties) => new()
    {
        ["type"] = "object",
        ["description"] = description,
        ["additionalProperties"] = false,
        ["required"] = new JArray(required),
        ["properties"] = properties,
    };

    private static JObject Str(string description, int minLength = 0)
    {
        var s = new JObject { ["type"] = "string", ["description"] = description };
        if (minLength > 0)
        {
            s["minLength"] = minLength;
        }

        return s;
    }

    private static JObject DateField(string description) => new() { ["type"] = "string", ["pattern"] = IsoDate.ShapeRegex, ["description"] = $"{description} {IsoDate.Form}." };

    private static JObject Int(string description) => new() { ["type"] = "integer", ["minimum"] = 1, ["description"] = description };

    private static JObject Num(string description) => new() { ["type"] = "number", ["description"] = description };

    private static JObject Slack(string description) => new() { ["type"] = "number", ["minimum"] = 0, ["exclusiveMaximum"] = 1, ["description"] = description };

    private static JObject Enum(string description, IEnumerable<string> values) => new() { ["enum"] = new JArray(values), ["description"] = description };

    private static JObject Units(string description, int minItems) => new()
    {
        ["type"] = "array",
        ["description"] = description,
        ["minItems"] = minItems,
        ["items"] = new JObject { ["type"] = "string", ["minLength"] = 1 },
    };

    private static string Json(JObject schema) => schema.ToString(Formatting.Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
}
