using Engine.Http.Access;
using Engine.Rules.Ledgers;
using Engine.Tests.Support;

namespace Engine.Tests.Http.Access;

/// <summary>The key file read as rule files are: a broken one is a located problem, never an exception escaping.</summary>
public class ApiKeyFileTests
{
    [Theory]
    [InlineData("{ \"keys\": [ { \"id\": ", 1)]
    [InlineData("[ 1, 2 ]", 1)]
    [InlineData("{ \"keys\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]] }", 1)]
    public void TryLoad_MalformedFile_IsALocatedProblem(string json, int line)
    {
        using var folder = new TempFolder();
        var path = folder.File("keys.json", json);

        var (file, problems) = ApiKeyFile.TryLoad(path);

        Assert.Null(file);
        var problem = Assert.Single(problems);
        Assert.Equal(("keys.json", line), (problem.Source, problem.Line));
    }

    [Fact]
    public void TryLoad_KeyWithoutHashOrWithAForeignRole_NamesEachField()
    {
        using var folder = new TempFolder();
        var path = folder.File("keys.json", """
            { "keys": [
              { "id": "0a1b2c3d", "unit": "市甲局", "role": "unit" },
              { "id": "0a1b2c3e", "role": "root", "sha256": "00" },
              { "id": "0a1b2c3f", "sha256": "zz" },
              7
            ] }
            """);

        var (file, problems) = ApiKeyFile.TryLoad(path);

        Assert.Null(file);
        Assert.Equal([(2, ProblemCodes.MissingField), (3, ProblemCodes.Invalid), (4, ProblemCodes.Invalid), (5, ProblemCodes.WrongType)], problems.Select(p => (p.Line, p.Code)));
    }

    [Fact]
    public void KeysAdd_MalformedKeyFile_ExitsOneNamingTheFileAndLeavesIt()
    {
        using var folder = new TempFolder();
        var path = folder.File("keys.json", "{ \"public_reads\": tru");

        var r = Support.Cli.Run("keys", "add", "市甲局", "--keys", path);

        Assert.Equal(1, r.Exit);
        Assert.StartsWith("error: keys.json:1:", r.Err, StringComparison.Ordinal);
        Assert.Equal("{ \"public_reads\": tru", File.ReadAllText(path));
    }

    [Fact]
    public void Serve_MalformedKeyFile_ExitsOneBeforeStarting()
    {
        using var folder = new TempFolder();
        var path = folder.File("keys.json", "[[[[");

        var r = Support.Cli.Run("serve", "--keys", path, "--db", Path.Combine(folder.Path, "engine.db"));

        Assert.Equal(1, r.Exit);
        Assert.StartsWith("error: keys.json:1:", r.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "engine.db")));
    }

    [Fact]
    public void KeyRing_FileBrokenWhileServing_KeepsTheKeysReadBefore()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "keys.json");
        var key = ApiKeyFile.Add(path, "市甲局", admin: false, DateTimeOffset.UtcNow);
        var ring = new KeyRing(path);
        Assert.NotNull(ring.Current.Verify(key));

        File.WriteAllText(path, "{ \"keys\": [");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));

        Assert.NotNull(ring.Current.Verify(key));
    }
}
