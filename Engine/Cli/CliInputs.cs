using Engine.Rules.Ledgers;

namespace Engine.Cli;

/// <summary>Checks of command-line inputs that several commands share, worded alike everywhere.</summary>
internal static class CliInputs
{
    /// <summary>Parses an optional --as-of date; false (with the message written) when it is not YYYY-MM-DD.</summary>
    public static bool TryDate(string? text, TextWriter stderr, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (IsoDate.TryRead(text, out var d, out var whyNot))
        {
            date = d;
            return true;
        }

        stderr.WriteLine($"engine: --as-of: {whyNot}");
        return false;
    }

    /// <summary>The figure files and folders to read (the bundled sample by default), or null (with the message written) when one does not exist.</summary>
    public static IReadOnlyList<string>? FigureFiles(string[]? given, TextWriter stderr)
    {
        IReadOnlyList<string> paths = given is { Length: > 0 } ? given : [BundledLedger.FiguresFile];
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        foreach (var path in missing)
        {
            stderr.WriteLine($"engine: the figure file {path} does not exist");
        }

        return missing.Count == 0 ? paths : null;
    }

    /// <summary>The ledger in the folder (the bundled one by default), or null with every problem written.</summary>
    public static Ledger? Ledger(string? folder, TextWriter stderr)
    {
        var (ledger, problems) = LedgerReader.TryRead(folder ?? BundledLedger.TargetsFolder);
        if (ledger is null)
        {
            EngineCli.Report(stderr, problems);
        }

        return ledger;
    }
}
