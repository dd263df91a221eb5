using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Engine.Rules.Ledgers;

/// <summary>
/// Reads the optional <c>units</c> of ledger.json: <c>{ "市市场监督管理局": ["市市场监管局"], … }</c>, canonical name → aliases.
/// A name may stand for one unit only, so an alias under two canonical names, or an alias that is itself a canonical
/// name (a chain), is refused rather than resolved one way or the other.
/// </summary>
internal static class UnitNamesParser
{
    public static UnitNames Parse(JObject? obj, ProblemSink sink)
    {
        if (obj is null)
        {
            return UnitNames.None;
        }

        var before = sink.Count;
        var canonicals = obj.Properties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var firstPlace = new Dictionary<string, JToken>(StringComparer.Ordinal);
        var entries = new List<KeyValuePair<string, IReadOnlyList<string>>>();
        foreach (var property in obj.Properties())
        {
            if (string.IsNullOrWhiteSpace(property.Name))
            {
                sink.At(property, "a unit name in \"units\" must not be empty", code: ProblemCodes.MissingField);
                continue;
            }

            if (property.Value is not JArray array)
            {
                sink.At(property.Value, $"the aliases of \"{property.Name}\" must be an array of names, not {JsonFileLoader.Describe(property.Value)}", code: ProblemCodes.WrongType);
                continue;
            }

            var aliases = new List<string>();
            foreach (var item in array)
            {
                if (item.Type != JTokenType.String || string.IsNullOrWhiteSpace((string?)item))
                {
                    sink.At(item, $"each alias of \"{property.Name}\" must be a non-empty name, not {JsonFileLoader.Describe(item)}", code: ProblemCodes.WrongType);
                    continue;
                }

                var alias = (string)item!;
                if (canonicals.Contains(alias))
                {
                    var what = alias == property.Name ? "its own canonical name" : "a canonical name in \"units\" too";
                    sink.At(item, $"\"{alias}\" is listed as an alias of \"{property.Name}\" but is {what}: a name stands for one unit, so list each alias under its canonical name only", code: ProblemCodes.DuplicateId);
                    continue;
                }

                if (firstPlace.TryGetValue(alias, out var first))
                {
                    sink.At(item, $"the alias \"{alias}\" is listed twice (first at {Place(sink, first)}, under \"{((JProperty)first.Parent!.Parent!).Name}\"): a name stands for one unit", code: ProblemCodes.DuplicateId);
                    continue;
                }

                firstPlace[alias] = item;
                aliases.Add(alias);
            }

            entries.Add(new(property.Name, aliases));
        }

        return sink.Count > before ? UnitNames.None : new UnitNames(entries);
    }

    private static string Place(ProblemSink sink, JToken token)
    {
        var info = (IJsonLineInfo)token;
        return $"{sink.File}:{info.LineNumber}:{info.LinePosition}";
    }
}
