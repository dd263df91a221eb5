using Engine.Output;
using Engine.Rules.Assessment;
using Engine.Tests.Support;

namespace Engine.Tests.Output;

public class AtomicFileTests
{
    [Fact]
    public void Write_FailsHalfway_LeavesThePreviousFileAndNoTemporary()
    {
        using var folder = new TempFolder();
        var path = folder.File("assessed.json", "previous");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, w =>
        {
            w.Write("half of a new fi");
            w.Flush();
            throw new InvalidOperationException("interrupted");
        }));
        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Write_Succeeds_ReplacesTheFileWhole()
    {
        using var folder = new TempFolder();
        var path = folder.File("assessed.json", "previous");
        AtomicFile.Write(path, w => w.Write("new"));
        Assert.Equal("new", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Write_PathIsAFolder_IsAnOutputFileExceptionNamingIt()
    {
        using var folder = new TempFolder();
        var e = Assert.Throws<OutputFileException>(() => AtomicFile.Write(folder.Path, w => w.Write("new")));
        Assert.Equal($"cannot write {folder.Path}: it is a folder; give a file name", e.Message);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Theory]
    [InlineData("schema", "--out", "{blocker}/out")]
    [InlineData("samples", "--out", "{blocker}/q")]
    [InlineData("template", "--out", "{folder}")]
    [InlineData("evaluate", "--out", "{folder}")]
    [InlineData("keys", "--keys", "{folder}")]
    public void Command_OutPathThatCannotBeWritten_ExitsTwoNamingIt(string command, string option, string where)
    {
        using var folder = new TempFolder();
        var blocker = folder.File("blocker", "a file");
        var path = where.Replace("{blocker}", blocker, StringComparison.Ordinal).Replace("{folder}", folder.Path, StringComparison.Ordinal);
        string[] args = command == "keys" ? ["keys", "add", "--admin", option, path] : [command, option, path];

        var r = Support.Cli.Run(args);

        Assert.Equal(2, r.Exit);
        Assert.StartsWith($"engine: cannot write {path}", r.Err, StringComparison.Ordinal);
    }
}
