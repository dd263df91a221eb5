using FsCheck;
using FsCheck.Fluent;

namespace Engine.Tests.Generators;

/// <summary>Dates over the whole calendar, and text that is almost a date, for the one date syntax (IsoDate).</summary>
internal static class DateGenerators
{
    /// <summary>Any day of years 1 … 9999, the range DateOnly holds.</summary>
    public static Gen<DateOnly> AnyDate =>
        Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber).Select(DateOnly.FromDayNumber);

    /// <summary>
    /// Text near YYYY-MM-DD: a date (or an impossible one in the same shape) with one to three characters changed,
    /// put in or taken out, from characters a parser might be lenient about (other digits, spaces, NUL, signs, dashes).
    /// </summary>
    public static Gen<string> NearDateText =>
        from start in Gen.OneOf(TargetGenerators.DateText, AnyDate.Select(Engine.Rules.Ledgers.IsoDate.Format))
        from edits in Gen.ListOf(Edit).Select(e => e.Take(3).ToList())
        select edits.Aggregate(start, Apply);

    private static readonly char[] Lenient = ['0', '1', '9', '-', ' ', '\t', '\0', '/', '+', 'T', 'Z', '\u2010', '\u0661', '\uff12', '\u00a0'];

    private static Gen<(int Op, int At, char C)> Edit =>
        from op in Gen.Choose(0, 2)
        from at in Gen.Choose(0, 12)
        from c in Gen.Elements(Lenient)
        select (op, at, c);

    private static string Apply(string text, (int Op, int At, char C) edit)
    {
        var at = Math.Min(edit.At, text.Length);
        return edit.Op switch
        {
            0 when at < text.Length => string.Concat(text.AsSpan(0, at), [edit.C], text.AsSpan(at + 1)),
            1 => text.Insert(at, edit.C.ToString()),
            _ when at < text.Length => text.Remove(at, 1),
            _ => text,
        };
    }
}
