using Engine.Http.Access;
using Engine.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Engine.Tests.Http.Access;

/// <summary>The key file's state as /healthz reports it, through each way the file can come and go.</summary>
public sealed class KeyRingHealthTests
{
    [Fact]
    public void Health_ThroughTheFilesLife_NamesTheStateAndTheError()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "keys.json");
        var ring = new KeyRing(path, NullLogger.Instance);
        Assert.Equal((KeyFileHealth.Absent, 0, true, (string?)null), Summary(ring.Health));

        ApiKeyFile.Add(path, "市住房城乡建设局", admin: false, DateTimeOffset.UnixEpoch);
        Assert.Equal((KeyFileHealth.Read, 1, false, (string?)null), Summary(ring.Health));

        File.WriteAllText(path, "[1, 2, 3, 4]");
        var broken = ring.Health;
        Assert.Equal((KeyFileHealth.BrokenKeepingLastGood, 1), (broken.State, broken.Keys));
        Assert.Contains(path, broken.Error, StringComparison.Ordinal);

        File.Delete(path);
        var gone = ring.Health;
        Assert.Equal((KeyFileHealth.GoneKeepingLastGood, 1), (gone.State, gone.Keys));
        Assert.Contains("gone", gone.Error, StringComparison.Ordinal);

        ApiKeyFile.Add(path, "市住房城乡建设局", admin: false, DateTimeOffset.UnixEpoch);
        Assert.Equal((KeyFileHealth.Read, 1, false, (string?)null), Summary(ring.Health));
    }

    [Fact]
    public void Health_BrokenFromTheStart_RefusesAll()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "keys.json");
        File.WriteAllText(path, "{ broken");

        var health = new KeyRing(path, NullLogger.Instance).Health;

        Assert.Equal((KeyFileHealth.BrokenRefusingAll, 0, false), (health.State, health.Keys, health.PublicReads));
        Assert.True(health.Failed);
    }

    private static (string State, int Keys, bool PublicReads, string? Error) Summary(KeyFileHealth health) => (health.State, health.Keys, health.PublicReads, health.Error);
}
