using Engine.Http.Access;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Http.Access;

/// <summary>A broken key file is refused naming the file, never an exception escaping: keys add and serve exit 1.</summary>
public class ApiKeyFileTests
{
    [Theory]
    [InlineData("{ \"keys\": [ { \"id\": ")]
    [InlineData("[ 1, 2 ]")]
    [InlineData("{ \"keys\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]] }")]
    [InlineData("{ \"keys\": [ { \"id\": \"0a1b2c3d\", \"unit\": \"市甲局\", \"role\": \"unit\" } ] }")]
    [InlineData("{ \"keys\": [ { \"id\": \"0a1b2c3e\", \"role\": \"root\", \"sha256\": \"00\" } ] }")]
    [InlineData("{ \"keys\": [ 7 ] }")]
    public void Load_MalformedFile_IsAnInvalidDataExceptionNamingTheFile(string json)
    {
        using var folder = new TempFolder();
        var path = folder.File("keys.json", json);

        var error = Assert.Throws<InvalidDataException>(() => ApiKeyFile.Load(path));
        Assert.Contains("keys.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeysAdd_MalformedKeyFile_ExitsOneNamingTheFileAndLeavesIt()
    {
        using var folder = new TempFolder();
        var path = folder.File("keys.json", "{ \"public_reads\": tru");

        var r = Support.Cli.Run("keys", "add", "市甲局", "--keys", path);

        Assert.Equal(1, r.Exit);
        Assert.Contains("keys.json", r.Err, StringComparison.Ordinal);
        Assert.Equal("{ \"public_reads\": tru", File.ReadAllText(path));
    }

    [Fact]
    public void Serve_MalformedKeyFile_ExitsOneBeforeStarting()
    {
        using var folder = new TempFolder();
        var path = folder.File("keys.json", "[[[[");

        var r = Support.Cli.Run("serve", "--keys", path, "--db", Path.Combine(folder.Path, "engine.db"));

        Assert.Equal(1, r.Exit);
        Assert.Contains("keys.json", r.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "engine.db")));
    }

    [Fact]
    public void KeyRing_FileBrokenWhileServing_KeepsTheKeysReadBefore()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "keys.json");
        var key = ApiKeyFile.Add(path, "市甲局", admin: false, DateTimeOffset.UtcNow);
        var ring = new KeyRing(path, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        Assert.NotNull(ring.Current.Verify(key));

        File.WriteAllText(path, "{ \"keys\": [");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));

        Assert.NotNull(ring.Current.Verify(key));
    }
}
