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

    public static string Date(DateOnly date, Language lang) => lang == Language.Zh
        ? $"{date.Year}年{date.Month}月{date.Day}日"
        : date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
