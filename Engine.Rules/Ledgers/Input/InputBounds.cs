namespace Engine.Rules.Ledgers;

/// <summary>
/// The documented bounds of the readers (README, "Hostile input"): beyond them an input is refused with a located
/// problem rather than read at any cost. Files themselves are not bounded: a batch of a million rows is normal, and
/// every bound here is checked as the file streams past.
/// </summary>
internal static class InputBounds
{
    /// <summary>Characters in one line of a CSV, TSV or drafting text: a line past it is no table row (a binary file, a file without line ends).</summary>
    public const int LineLength = 1 << 20;

    /// <summary>Characters in one cell or JSON value of a figure: Excel's own limit for a cell.</summary>
    public const int CellLength = 32_767;

    /// <summary>Nesting of JSON figure files, rule files and bodies.</summary>
    public const int JsonDepth = 64;
}
