namespace Engine.Rules.Ledgers;

/// <summary>
/// The kinds of problem, as the stable kebab-case <c>code</c> every problem carries in JSON, so callers can act on
/// the kind without parsing the message. The closed set for invalid input is here; lint warnings carry the
/// linter's own codes (<c>Engine.Rules.Authoring.LedgerLinter</c>), which are warnings, not invalidity.
/// </summary>
public static class ProblemCodes
{
    /// <summary>The general case: a value the rules do not accept, when no narrower code fits.</summary>
    public const string Invalid = "invalid";

    /// <summary>The JSON does not parse.</summary>
    public const string MalformedJson = "malformed-json";

    /// <summary>A file or folder that is missing, of an unknown type or unreadable.</summary>
    public const string UnreadableFile = "unreadable-file";

    /// <summary>A header or table without a required column.</summary>
    public const string MissingColumn = "missing-column";

    /// <summary>A row that cannot be split into fields.</summary>
    public const string BadRow = "bad-row";

    /// <summary>A field the format does not define, often a misspelt name.</summary>
    public const string UnknownField = "unknown-field";

    /// <summary>A required field absent, null or empty.</summary>
    public const string MissingField = "missing-field";

    /// <summary>A field of the wrong JSON type (a string where a number belongs, …).</summary>
    public const string WrongType = "wrong-type";

    /// <summary>A date that is not a real day in the form YYYY-MM-DD.</summary>
    public const string BadDate = "bad-date";

    /// <summary>A value that should be a number and is not.</summary>
    public const string BadNumber = "bad-number";

    /// <summary>A number outside its allowed range.</summary>
    public const string OutOfRange = "out-of-range";

    /// <summary>A figure for a target id the ledger does not have.</summary>
    public const string UnknownTarget = "unknown-target";

    /// <summary>A figure's unit differs from its target's.</summary>
    public const string UnitMismatch = "unit-mismatch";

    /// <summary>A task number or target id used more than once.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>A field the target's kind does not take (a value on a milestone, a tolerance on an at_least target).</summary>
    public const string FieldNotForKind = "field-not-for-kind";

    /// <summary>A unit reporting on a task it is neither lead nor responsible unit of.</summary>
    public const string Forbidden = "forbidden";

    /// <summary>A file in a text encoding the engine does not read (it says to save the file as UTF-8).</summary>
    public const string BadEncoding = "bad-encoding";

    /// <summary>Two header columns with one name (or two names for one field).</summary>
    public const string DuplicateColumn = "duplicate-column";

    /// <summary>A line or cell longer than the readers take (README, "Hostile input").</summary>
    public const string TooLong = "too-long";

    /// <summary>Every code of the closed set, for schemas and for callers that check a code is known.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Invalid, MalformedJson, UnreadableFile, MissingColumn, BadRow, UnknownField, MissingField, WrongType,
        BadDate, BadNumber, OutOfRange, UnknownTarget, UnitMismatch, DuplicateId, FieldNotForKind, Forbidden,
        BadEncoding, DuplicateColumn, TooLong,
    ];
}
