namespace Engine.Tests.Support;

public class ExternalProgramTests
{
    private static readonly string Missing = Path.Combine(Path.GetTempPath(), $"no-such-program-{Guid.NewGuid():N}");

    [Fact]
    public void Require_MissingOutsideCi_Skips()
    {
        var skip = Assert.Throws<Xunit.SkipException>(() => ExternalProgram.Require(underCi: false, "Chromium not installed (apt-get install chromium)", Missing));
        Assert.Equal("Chromium not installed (apt-get install chromium)", skip.Message);
    }

    [Fact]
    public void Require_MissingUnderCi_Fails()
    {
        var failure = Assert.Throws<Xunit.Sdk.TrueException>(() => ExternalProgram.Require(underCi: true, "Chromium not installed (apt-get install chromium)", Missing));
        Assert.Contains("Chromium not installed", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Require_Present_ReturnsItsPath()
    {
        var present = typeof(ExternalProgramTests).Assembly.Location;
        Assert.Equal(present, ExternalProgram.Require(underCi: true, "unused", Missing, present));
    }
}
