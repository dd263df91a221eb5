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
}
