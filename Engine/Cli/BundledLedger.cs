namespace Engine.Cli;

/// <summary>
/// Where the bundled ledger and sample figures are: the working folder's <c>targets/</c> and <c>samples/</c>
/// when run from the repository (so edits to rule files count at once), else the copies beside the program.
/// </summary>
internal static class BundledLedger
{
    public const string LedgerId = "zhanjiang-2023";
    public const string DefaultFigures = "figures-2023-06-30.csv";

    public static string TargetsFolder => Locate(Path.Combine("targets", LedgerId));

    /// <summary>The folder of all bundled ledgers (what <c>engine serve</c> serves by default).</summary>
    public static string TargetsRoot => Locate("targets");

    public static string FiguresFile => Locate(Path.Combine("samples", LedgerId, DefaultFigures));

    public static string SamplesFolder => Locate(Path.Combine("samples", LedgerId));

    private static string Locate(string relative)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props")) && Directory.Exists(Path.Combine(dir.FullName, "targets", LedgerId)))
            {
                return Path.Combine(dir.FullName, relative);
            }
        }

        return Path.Combine(AppContext.BaseDirectory, relative);
    }
}
