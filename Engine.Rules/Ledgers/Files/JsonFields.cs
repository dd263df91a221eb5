using System.Globalization;
using System.Numerics;
using Newtonsoft.Json.Linq;

namespace Engine.Rules.Ledgers;

/// <summary>
/// Typed, problem-collecting access to the fields of one JSON object. Every field read is remembered,
/// so <see cref="ReportUnknown"/> can flag the rest: a typo such as "vaule" never passes silently.
/// </summary>
internal sealed class JsonFields
{
    private readonly JObject _obj;
    private readonly ProblemSink _sink;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly string? _targetId;

    public JsonFields(JObject obj, ProblemSink sink, string? targetId = null)
    {
        _obj = obj;
        _sink = sink;
        _targetId = targetId;
    }

    public void Allow(string name) => _known.Add(name);

    public bool Has(string name)
    {
        _known.Add(name);
        return _obj.ContainsKey(name);
    }

    public JToken? Raw(string name)
    {
        _known.Add(name);
        return _obj.TryGetValue(name, StringComparison.Ordinal, out var token) ? token : null;
    }

    public string? String(string name, bool required)
    {
        var token = Get(name, required);
        if (token is null)
        {
            return null;
        }

        if (token.Type != JTokenType.String)
        {
            Wrong(token, name, "a string");
            return null;
        }

        var value = (string)token!;
        if (required && string.IsNullOrWhiteSpace(value))
        {
            _sink.At(token, $"\"{name}\" must not be empty", _targetId, ProblemCodes.MissingField);
            return null;
        }

        return value;
    }

    public decimal? Number(string name, bool required)
    {
        var token = Get(name, required);
        if (token is null)
        {
            return null;
        }

        switch (token.Type)
        {
            case JTokenType.Integer:
                var raw = ((JValue)token).Value;
                if (raw is BigInteger)
                {
                    _sink.At(token, $"\"{name}\" is too large: {token}", _targetId, ProblemCodes.OutOfRange);
                    return null;
                }

                return Convert.ToDecimal(raw, CultureInfo.InvariantCulture);
            case JTokenType.Float:
                return Convert.ToDecimal(((JValue)token).Value, CultureInfo.InvariantCulture);
            default:
                Wrong(token, name, "a number");
                return null;
        }
    }

    public int? Integer(string name, bool required, int min = int.MinValue)
    {
        var token = Get(name, required);
        if (token is null)
        {
            return null;
        }

        if (token.Type != JTokenType.Integer || ((JValue)token).Value is BigInteger || (long)token < int.MinValue || (long)token > int.MaxValue)
        {
            Wrong(token, name, "a whole number");
            return null;
        }

        var value = (int)token;
        if (value < min)
        {
            _sink.At(token, $"\"{name}\" is {value}; it must be at least {min}", _targetId, ProblemCodes.OutOfRange);
            return null;
        }

        return value;
    }

    public bool? Boolean(string name)
    {
        var token = Get(name, required: false);
        if (token is null)
        {
            return null;
        }

        if (token.Type != JTokenType.Boolean)
        {
            Wrong(token, name, "true or false");
            return null;
        }

        return (bool)token;
    }

    public DateOnly? Date(string name, bool required)
    {
        var token = Get(name, required);
        if (token is null)
        {
            return null;
        }

        if (token.Type != JTokenType.String)
        {
            _sink.At(token, IsoDate.NotADate(JsonFileLoader.Describe(token)), _targetId);
            return null;
        }

        if (IsoDate.TryParse((string)token!, out var date, out var whyNot))
        {
            return date;
        }

        _sink.At(token, whyNot, _targetId, ProblemCodes.BadDate);
        return null;
    }

    public JObject? Object(string name, bool required)
    {
        var token = Get(name, required);
        if (token is null)
        {
            return null;
        }

        if (token is JObject obj)
        {
            return obj;
        }

        Wrong(token, name, "an object");
        return null;
    }

    public JArray? Array(string name, bool required)
    {
        var token = Get(name, required);
        if (token is null)
        {
            return null;
        }

        if (token is JArray array)
        {
            return array;
        }

        Wrong(token, name, "an array");
        return null;
    }

    public IReadOnlyList<string>? Strings(string name, bool required)
    {
        var array = Array(name, required);
        if (array is null)
        {
            return null;
        }

        var values = new List<string>(array.Count);
        foreach (var item in array)
        {
            if (item.Type != JTokenType.String || string.IsNullOrWhiteSpace((string?)item))
            {
                _sink.At(item, $"each entry of \"{name}\" must be a non-empty string, not {JsonFileLoader.Describe(item)}", _targetId, ProblemCodes.WrongType);
                continue;
            }

            values.Add((string)item!);
        }

        return values;
    }

    /// <summary>Flags every field that no reader asked for, suggesting the nearest known name.</summary>
    public void ReportUnknown()
    {
        foreach (var property in _obj.Properties())
        {
            if (_known.Contains(property.Name) || property.Name == "$schema")
            {
                continue;
            }

            var suggestion = FieldNameSuggestion.Nearest(property.Name, _known);
            var hint = suggestion is null ? $"known fields: {string.Join(", ", _known.Order(StringComparer.Ordinal))}" : $"did you mean \"{suggestion}\"?";
            _sink.At(property, $"unknown field \"{property.Name}\" ({hint})", _targetId, ProblemCodes.UnknownField);
        }
    }

    public void Problem(JToken token, string message, string code = ProblemCodes.Invalid) => _sink.At(token, message, _targetId, code);

    public void Problem(string field, string message, string code = ProblemCodes.Invalid) => _sink.At((JToken?)_obj.Property(field, StringComparison.Ordinal) ?? _obj, message, _targetId, code);

    private JToken? Get(string name, bool required)
    {
        _known.Add(name);
        if (_obj.TryGetValue(name, StringComparison.Ordinal, out var token) && token.Type != JTokenType.Null)
        {
            return token;
        }

        if (required)
        {
            _sink.At(token ?? _obj, $"missing required field \"{name}\"", _targetId, ProblemCodes.MissingField);
        }

        return null;
    }

    private void Wrong(JToken token, string name, string expected) =>
        _sink.At(token, $"\"{name}\" must be {expected}, not {JsonFileLoader.Describe(token)}", _targetId, ProblemCodes.WrongType);
}
