using System.Globalization;
using Engine.Rules.Model;

namespace Engine.Rules.Explaining;

/// <summary>How a target's requirement and a figure are written in an explanation.</summary>
internal static class TargetPhrases
{
    public static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    public static string Amount(decimal value, string unit) => Number(value) + unit;

    public static string Requirement(Target t)
    {
        var v = t.Value is { } x ? Amount(x, t.Unit) : "";
        return t.Kind switch
        {
            TargetKind.AtLeast => (t.Exclusive ? ">" : "≥") + v,
            TargetKind.AtMost => (t.Exclusive ? "<" : "≤") + v,
            TargetKind.Equal => "=" + v,
            TargetKind.About => "≈" + v + "（±" + Amount(t.EffectiveTolerance, t.Unit) + "）",
            TargetKind.Between => Number(t.Value!.Value) + "–" + Amount(t.Value2!.Value, t.Unit),
            TargetKind.Milestone => "100%",
            _ => v,
        };
    }

    /// <summary>How far a figure is from the target ("6.1个百分点"), in the target's unit (percent targets in percentage points); null when no distance applies.</summary>
    public static string? Gap(Target t, decimal v, Language lang)
    {
        var distance = t.Kind switch
        {
            TargetKind.AtLeast or TargetKind.Milestone => (t.Value ?? 100m) - v,
            TargetKind.AtMost => v - t.Value!.Value,
            TargetKind.Equal or TargetKind.About => Math.Abs(v - t.Value!.Value),
            TargetKind.Between => v < t.Value!.Value ? t.Value.Value - v : v - t.Value2!.Value,
            _ => 0m,
        };
        if (distance <= 0m)
        {
            return null;
        }

        var percent = t.Unit == "%" || t.Kind == TargetKind.Milestone;
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
        ? $"{date.Year}年{date.Month}月{date.Day}日"
        : date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
