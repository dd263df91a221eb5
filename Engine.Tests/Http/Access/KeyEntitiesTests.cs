using System.Security.Cryptography;
using System.Text;
using Engine.Http.Access;
using Engine.Tests.Support;

namespace Engine.Tests.Http.Access;

/// <summary>A key's optional "entities": written by keys add --entity, absent in older key files, refused when malformed.</summary>
public class KeyEntitiesTests
{
    private static string Sha(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    [Fact]
    public void Load_KeyFileWrittenBeforeEntities_LoadsAndTheKeyIsNotNarrowed()
    {
        using var folder = new TempFolder();
        var path = folder.File("keys.json", $$"""{ "public_reads": false, "keys": [ { "id": "0a1b2c3d", "unit": "市甲局", "role": "unit", "sha256": "{{Sha("s3cret")}}", "created": "2025-01-01T00:00:00+00:00" } ] }""");
        var caller = ApiKeyFile.Load(path).Verify("ek_0a1b2c3d_s3cret");
        Assert.NotNull(caller);
        Assert.Equal("市甲局", caller.Unit);
        Assert.Empty(caller.Entities);
    }

    [Fact]
    public void Add_WithEntities_AreStoredAndTheCallerCarriesThem()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "keys.json");
        var key = ApiKeyFile.Add(path, "市甲局", admin: false, DateTimeOffset.UnixEpoch, ["霞山区", " 赤坎区 ", "霞山区"]);
        Assert.Equal(["霞山区", "赤坎区"], ApiKeyFile.Load(path).Verify(key)!.Entities);
    }

    [Theory]
    [InlineData("\"entities\": \"霞山区\"")]
    [InlineData("\"entities\": [\"\"]")]
    [InlineData("\"entities\": [7]")]
    public void Load_MalformedEntities_IsRefusedNamingTheKey(string entities)
    {
        using var folder = new TempFolder();
        var path = folder.File("keys.json", $$"""{ "keys": [ { "id": "0a1b2c3d", "unit": "市甲局", "role": "unit", "sha256": "{{Sha("x")}}", {{entities}} } ] }""");
        var error = Assert.Throws<InvalidDataException>(() => ApiKeyFile.Load(path));
        Assert.Contains("key 0a1b2c3d: \"entities\" must be an array of entity names", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyEntities_IsRefused_NotReadAsNotNarrowed()
    {
        using var folder = new TempFolder();
        var path = folder.File("keys.json", $$"""{ "keys": [ { "id": "0a1b2c3d", "unit": "市甲局", "role": "unit", "sha256": "{{Sha("x")}}", "entities": [] } ] }""");
        var error = Assert.Throws<InvalidDataException>(() => ApiKeyFile.Load(path));
        Assert.Contains("key 0a1b2c3d: \"entities\" is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AdminKeyWithEntities_IsRefused()
    {
        using var folder = new TempFolder();
        var path = folder.File("keys.json", $$"""{ "keys": [ { "id": "0a1b2c3d", "role": "admin", "sha256": "{{Sha("x")}}", "entities": ["霞山区"] } ] }""");
        var error = Assert.Throws<InvalidDataException>(() => ApiKeyFile.Load(path));
        Assert.Contains("only unit keys are narrowed to entities", error.Message, StringComparison.Ordinal);
    }
}
