using Engine.Output;
using Engine.Rules.Assessment;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Requests;

/// <summary>
/// What a caller asks of an assessment, validated once for the command line and the HTTP API alike: as of which
/// date(s), for which entity, in which format and language. Each bad field is a problem naming the field, worded
/// the same at both entrances.
/// </summary>
/// <param name="Dates">The as-of dates asked for; empty means the default (the latest figure's date).</param>
/// <param name="Monthly">Every month end up to the latest figure (command line only).</param>
/// <param name="Entity">One entity, or null for every entity in the figures.</param>
/// <param name="Format">The output format.</param>
/// <param name="Lang">The language of the explanations.</param>
internal sealed record AssessmentRequest(IReadOnlyList<DateOnly> Dates, bool Monthly, string? Entity, OutputFormat Format, Language Lang)
{
    public const string AsOfField = "as_of";

    public const string EntityField = "entity";

    public const string FormatField = "format";

    public const string LangField = "lang";

    /// <summary>The most characters an entity name may have.</summary>
    public const int MaxEntityLength = 100;

    public static IReadOnlyList<string> Formats { get; } = [.. Enum.GetValues<OutputFormat>().Select(f => f.ToString().ToLowerInvariant())];

    public static IReadOnlyList<string> Languages { get; } = ["zh", "en"];

    /// <summary>
    /// Reads the request's fields as given (null: not given). <paramref name="dateLists"/> allows the command line's
    /// comma-separated dates and "monthly"; the HTTP API takes one date.
    /// </summary>
    public static AssessmentRequest? Parse(string? asOf, string? entity, string? format, string? lang, bool dateLists, out IReadOnlyList<Problem> problems)
    {
        var found = new List<Problem>();
        var dates = new List<DateOnly>();
        var monthly = false;
        // Options and parameters are typed by people too: full-width forms read as their ASCII ones.
        asOf = asOf is null ? null : InputText.Field(asOf);
        entity = entity is null || InputText.HasControl(entity) ? entity : InputText.Field(entity);
        format = format is null ? null : InputText.Field(format);
        lang = lang is null ? null : InputText.Field(lang);
        if (asOf is not null)
        {
            monthly = dateLists && asOf == "monthly";
            foreach (var part in monthly ? [] : dateLists ? asOf.Split(',', StringSplitOptions.TrimEntries) : [asOf])
            {
                if (IsoDate.TryRead(part, out var date, out var whyNot))
                {
                    dates.Add(date);
                }
                else
                {
                    found.Add(Problem(AsOfField, dateLists ? $"{whyNot} (or use 'monthly', or a comma-separated list)" : whyNot, ProblemCodes.BadDate));
                }
            }
        }

        if (entity is not null && (entity.Length > MaxEntityLength || entity.Any(char.IsControl)))
        {
            found.Add(Problem(EntityField, entity.Length > MaxEntityLength
                ? $"entity has {entity.Length} characters; at most {MaxEntityLength} are allowed"
                : "entity holds a control character", ProblemCodes.OutOfRange));
        }

        var outputFormat = OutputFormat.Json;
        if (format is not null && !TryFormat(format, out outputFormat))
        {
            found.Add(Problem(FormatField, $"format \"{format}\" is not one of {string.Join(", ", Formats)}", ProblemCodes.Invalid));
        }

        var language = Language.Zh;
        if (lang is not null && !TryLanguage(lang, out language))
        {
            found.Add(Problem(LangField, $"lang \"{lang}\" is not one of {string.Join(", ", Languages)}", ProblemCodes.Invalid));
        }

        problems = found;
        return found.Count > 0 ? null : new AssessmentRequest(dates, monthly, entity, outputFormat, language);
    }

    private static bool TryFormat(string text, out OutputFormat format)
    {
        var name = text.ToLowerInvariant();
        for (var i = 0; i < Formats.Count; i++)
        {
            if (Formats[i] == name)
            {
                format = Enum.GetValues<OutputFormat>()[i];
                return true;
            }
        }

        format = OutputFormat.Json;
        return false;
    }

    private static bool TryLanguage(string text, out Language language)
    {
        language = text == "en" ? Language.En : Language.Zh;
        return Languages.Contains(text);
    }

    private static Problem Problem(string field, string reason, string code) => new("request", 0, 0, field, reason) { Code = code };

    /// <summary>The dates this request assesses: the ones asked for, the month ends, or the figures' latest date.</summary>
    public IReadOnlyList<DateOnly> DatesFor(Evaluator evaluator, FigureSet figures) =>
        Monthly ? evaluator.MonthEnds(figures) : Dates.Count > 0 ? Dates : [evaluator.DefaultAsOf(figures)];

    /// <summary>Assesses what the request asks: every entity, or the one named, at each of its dates.</summary>
    public EvaluationResult Run(Evaluator evaluator, FigureSet figures, IProgress<(int Done, int Total)>? progress = null)
    {
        var dates = DatesFor(evaluator, figures);
        if (Entity is null)
        {
            // The batch overload streams assessments to the writer, one date or many.
            return evaluator.Evaluate(figures, dates, progress);
        }

        var ordered = dates.Distinct().Order().ToList();
        var counts = ordered.ToDictionary(d => d, figures.CountsAsOf);
        var assessments = evaluator.Assess(figures, [.. ordered.Select(d => (Entity, d))]);
        progress?.Report((assessments.Count, assessments.Count));
        var last = ordered[^1];
        return new EvaluationResult(evaluator.Ledger, last, counts[last], figures.Rejected, assessments) { AsOfDates = ordered, CountsByDate = counts };
    }
}
