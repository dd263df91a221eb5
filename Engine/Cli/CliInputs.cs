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

        if (IsoDate.TryParse(text, out var d, out var whyNot))
        {
            date = d;
            return true;
        }

        stderr.WriteLine($"engine: --as-of: {whyNot}");
        return false;
    }

    /// <summary>The figure file to read (the bundled sample by default), or null (with the message written) when it does not exist.</summary>
    public static string? FigureFile(string? given, TextWriter stderr)
    {
        var path = given ?? BundledLedger.FiguresFile;
        if (File.Exists(path))
        {
            return path;
        }

        stderr.WriteLine($"engine: the figure file {path} does not exist");
        return null;
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
