using Engine.Output;
using Engine.Rules.Ledgers;

namespace Engine.Cli;

/// <summary>
/// Writes a drafted ledger where it was asked for only once it passes the check: it is written beside the folder
/// first and read back there, so a draft that would not load leaves nothing behind (and a folder already there as
/// it was), and one that does is moved into place whole.
/// </summary>
internal static class DraftFolder
{
    public static (Ledger? Ledger, IReadOnlyList<Problem> Problems) Write(Ledger ledger, string folder)
    {
        var full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        var staging = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.draft");
        try
        {
            LedgerWriter.Write(ledger, staging);
            var (check, problems) = LedgerReader.TryRead(staging);
            if (check is null)
            {
                return (null, problems);
            }

            Place(staging, full);
            return LedgerReader.TryRead(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputFileException.For(folder, e);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    // A new folder moves in one rename; into an existing one (a re-draft) the files move one by one, as before.
    private static void Place(string staging, string folder)
    {
        if (!Directory.Exists(folder))
        {
            Directory.Move(staging, folder);
            return;
        }

        foreach (var file in Directory.GetFiles(staging))
        {
            File.Move(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }
    }
}
