using System.Net;
using Engine.Tests.Support;

namespace Engine.Tests.Http.Access;

/// <summary>The key file fails closed: at start, while serving, and on disk (owner-only files).</summary>
public class KeyFileTests
{
    private const string Ledger = "/v1/ledgers/zhanjiang-2023";
    private const string HousingBureau = "市住房和城乡建设局";

    [Fact]
    public void Serve_NamedKeyFileMissing_RefusesToStartWithTheReason()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "no-such-keys.json");
        var run = Support.Cli.Run("serve", "--keys", missing, "--db", Path.Combine(folder.Path, "e.db"), "--urls", "http://127.0.0.1:0");
        Assert.Equal(1, run.Exit);
        Assert.Contains(missing, run.Err, StringComparison.Ordinal);
        Assert.Contains("does not exist", run.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "e.db")));
    }

    [Theory]
    [InlineData("{\"keys\": [")]
    [InlineData("[]")]
    [InlineData("{\"keys\": [{\"id\": \"a1\", \"role\": \"unit\", \"unit\": \"x\", \"sha256\": \"zz\"}]}")]
    [InlineData("{\"public_reads\": \"yes\", \"keys\": []}")]
    public void Serve_KeyFileMalformed_RefusesToStartWithTheReason(string content)
    {
        using var folder = new TempFolder();
        var keys = folder.File("keys.json", content);
        var run = Support.Cli.Run("serve", "--keys", keys, "--db", Path.Combine(folder.Path, "e.db"), "--urls", "http://127.0.0.1:0");
        Assert.Equal(1, run.Exit);
        Assert.Contains($"the key file {keys} cannot be read", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void KeysAdd_OnAMalformedKeyFile_IsRefusedAndTheFileKept()
    {
        using var folder = new TempFolder();
        var keys = folder.File("keys.json", "{\"keys\": [");
        var run = Support.Cli.Run("keys", "add", HousingBureau, "--keys", keys);
        Assert.Equal(1, run.Exit);
        Assert.Equal("{\"keys\": [", File.ReadAllText(keys));
    }

    [Fact]
    public async Task KeyFileDeletedWhileServing_LastGoodKeysStayInForce_AndItIsLogged()
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(HousingBureau);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.SendAsync(ApiServer.Get(Ledger))).StatusCode);

        File.Delete(server.Keys);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.SendAsync(ApiServer.Get(Ledger))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.SendAsync(ApiServer.Post(Ledger + "/evaluate", "[]"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(ApiServer.Get(Ledger, key))).StatusCode);
        Assert.Contains(server.Log.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("is gone; keeping the last good keys (1)", StringComparison.Ordinal));
        Assert.DoesNotContain(server.Log.Lines, l => l.Contains(key.Split('_')[2], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"public_reads\": true, \"keys\": [")]
    [InlineData("")]
    [InlineData("{\"public_reads\": true, \"keys\": [{\"id\": 1}]}")]
    public async Task KeyFileBrokenWhileServing_LastGoodKeysStayInForce_NoServerError(string broken)
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(HousingBureau);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(ApiServer.Get(Ledger, key))).StatusCode);
        File.WriteAllText(server.Keys, broken);
        File.SetLastWriteTimeUtc(server.Keys, DateTime.UtcNow.AddSeconds(5));

        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.SendAsync(ApiServer.Get(Ledger))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(ApiServer.Get(Ledger, key))).StatusCode);
        var submit = await server.Client.SendAsync(ApiServer.Post(Ledger + "/figures", """[{"target":"20.1","as_of":"2023-06-30","value":10}]""", key));
        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        Assert.Contains(server.Log.Lines, l => l.Contains($"the key file {server.Keys} cannot be read", StringComparison.Ordinal) && l.Contains("keeping the last good keys (1)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BrokenKeyFileAppearing_InOpenReadsMode_RefusesReadsRatherThanStayOpen()
    {
        await using var server = await ApiServer.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(ApiServer.Get(Ledger))).StatusCode);
        File.WriteAllText(server.Keys, "{\"public_reads\": true, \"keys\": [");
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.SendAsync(ApiServer.Get(Ledger))).StatusCode);
        Assert.Contains(server.Log.Lines, l => l.Contains("every request needing a key is refused", StringComparison.Ordinal));
    }

    [Fact]
    public async Task KeyFileAndDatabase_AreCreatedOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes only
        }

        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(null, admin: true);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(ApiServer.Post(Ledger + "/figures", """[{"target":"20.1","as_of":"2023-06-30","value":10}]""", key))).StatusCode);
        const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Equal(ownerOnly, File.GetUnixFileMode(server.Keys));
        Assert.Equal(ownerOnly, File.GetUnixFileMode(server.Db));
        Assert.Equal(ownerOnly, File.GetUnixFileMode(server.Db + "-wal"));
    }

    [Fact]
    public async Task KeyFileOthersCanRead_ServesAndWarnsWithTheFix()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes only
        }

        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(HousingBureau);
        File.SetUnixFileMode(server.Keys, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetLastWriteTimeUtc(server.Keys, DateTime.UtcNow.AddSeconds(5));

        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(ApiServer.Get(Ledger, key))).StatusCode);
        Assert.Contains(server.Log.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("(mode 0644)", StringComparison.Ordinal) && l.Contains("chmod 600 " + server.Keys, StringComparison.Ordinal));
    }
}
