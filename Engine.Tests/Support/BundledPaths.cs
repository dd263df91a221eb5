namespace Engine.Tests.Support;

/// <summary>The repository's bundled ledger and samples, found from the test's working folder upward.</summary>
internal static class BundledPaths
{
    public static string Root { get; } = FindRoot();

    public static string Targets => Path.Combine(Root, "targets", "zhanjiang-2023");

    public static string Samples => Path.Combine(Root, "samples", "zhanjiang-2023");

    public static string Seed => Path.Combine(Root, "..", "shared", "seeds", "000_0593ceaf3128112f.txt");

    /// <summary>
    /// The seed's path, failing the test when it is missing: a seed test that passed without its seed would measure
    /// nothing. CI keeps a copy beside the clone.
    /// </summary>
    public static string RequiredSeed()
    {
        var path = Path.GetFullPath(Seed);
        Assert.True(File.Exists(path), $"the seed ledger text is missing: expected it at {path}");
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with Directory.Packages.props) was not found above " + AppContext.BaseDirectory);
    }
}
