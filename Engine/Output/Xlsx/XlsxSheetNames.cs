namespace Engine.Output.Xlsx;

/// <summary>
/// Gives each sheet a name Excel accepts (at most 31 characters, none of []:*?/\ nor a control character, no quote at either end, unique
/// ignoring case) while keeping the part that tells sheets apart. A long name keeps its end, after "…": entity names
/// differ most at their end (…区, …管理委员会) and a dated sheet's date is there. A name already taken is numbered
/// at its front, so the number never cuts the distinguishing end off. Claiming the same names in the same order again
/// gives the same result, so a writer can learn the names before the workbook assigns them.
/// </summary>
internal sealed class XlsxSheetNames
{
    public const int MaxLength = 31;

    private static readonly char[] Forbidden = ['[', ']', ':', '*', '?', '/', '\\'];

    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reserves and returns the name for a sheet that wants <paramref name="wanted"/>.</summary>
    public string Claim(string wanted)
    {
        var clean = new string([.. wanted.Select(c => Array.IndexOf(Forbidden, c) >= 0 || char.IsControl(c) || char.IsSurrogate(c) ? '_' : c)]).Trim('\'');
        if (clean.Length == 0)
        {
            clean = "Sheet";
        }

        for (var n = 1; ; n++)
        {
            var name = Fit(clean, n == 1 ? "" : $"({n})");
            if (_used.Add(name))
            {
                return name;
            }
        }
    }

    /// <summary><paramref name="name"/> with <paramref name="number"/> after it when both fit; otherwise the number, "…" and as much of the name's end as fits.</summary>
    private static string Fit(string name, string number)
    {
        if (name.Length + number.Length <= MaxLength)
        {
            return name + number;
        }

        var tail = name[^(MaxLength - number.Length - 1)..].TrimStart('\'');
        return number + "…" + tail;
    }
}
