namespace Engine.Tests.Support;

/// <summary>
/// Finds a program outside .NET that a test drives (Chromium, util-linux <c>script</c>). A fresh machine without it
/// skips the test so <c>dotnet test</c> still passes; under CI (the CI variable set) a missing program fails the test
/// instead, because there a skip would silently drop what the test guards (<c>.ci/run</c> installs them).
/// </summary>
internal static class ExternalProgram
{
    public static bool UnderCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>The first of <paramref name="paths"/> that exists; otherwise skips (or fails under CI) with <paramref name="reason"/>.</summary>
    public static string Require(string reason, params string[] paths) => Require(UnderCi, reason, paths);

    internal static string Require(bool underCi, string reason, params string[] paths)
    {
        var found = paths.FirstOrDefault(File.Exists);
        Skip.If(found is null && !underCi, reason);
        Assert.True(found is not null, $"{reason}; CI is set, so the test must run, not skip");
        return found!;
    }
}
