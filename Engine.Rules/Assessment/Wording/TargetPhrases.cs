using System.Globalization;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Assessment;

/// <summary>How a target's requirement and a figure are written in an explanation.</summary>
internal static class TargetPhrases
{
    /// <summary>The short word for a stale task or target, as lists, tables and sheets show it beside the status.</summary>
    public static string StaleLabel(Language lang) => lang == Language.Zh ? "未按期报送" : "report overdue";

    /// <summary>
    /// At most 12 places, no trailing zeros (12.50 → "12.5"). A decimal's invariant text has no exponent and no
    /// separators, so when it has at most 12 places trimming it gives what the format gives, without parsing the
    /// format for each of the thousands of numbers an answer words; zero (which may carry a sign) and longer
    /// fractions, which the format rounds, go through the format.
    /// </summary>
    public static string Number(decimal value)
    {
        if (value == 0m || value.Scale > 12)
        {
            return value.ToString("0.############", CultureInfo.InvariantCulture);
        }

        return new string(JsonNumbers.Trimmed(value, stackalloc char[32]));
    }

    public static string Amount(decimal value, string unit) => Number(value) + unit;

    /// <summary>The requirement in short form with symbols (≥12%), for analysts' tools: explain's arithmetic, diff.</summary>
    public static string Requirement(Target t) => t.Kind.Requirement(t, Number, withTolerance: true);

    /// <summary>The requirement in words (不低于12%), for every text people circulate.</summary>
    public static string Words(Target t, Language lang) => t.Kind.RequirementWords(t, Number, lang);

    /// <summary>The unit a figure of this target is written in: the target's, or % for a share of the work done.</summary>
    public static string FigureUnit(Target t) => t.Kind.MeasuresCompletion ? "%" : t.Unit;

    /// <summary>How far a figure is from the target ("6.1个百分点"), in the target's unit (percent targets in percentage points); null when no distance applies.</summary>
    public static string? Gap(Target t, decimal v, Language lang)
    {
        var distance = t.Kind.Distance(t, v);
        if (distance <= 0m)
        {
            return null;
        }

        var percent = t.Unit == "%" || t.Kind.MeasuresCompletion;
        var amount = Number(distance);
        return (lang, percent) switch
        {
            (Language.Zh, true) => $"{amount}个百分点",
            (Language.Zh, false) => $"{amount}{t.Unit}",
            (_, true) => $"{amount} percentage points",
            _ => $"{amount} {t.Unit}",
        };
    }

    public static string Date(DateOnly date, Language lang) => lang == Language.Zh
        ? IsoDate.Written(date)
        : date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
