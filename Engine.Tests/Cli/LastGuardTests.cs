using System.CommandLine;
using Engine.Cli;

namespace Engine.Tests.Cli;

public class LastGuardTests
{
    private static (int Exit, string Out, string Err) RunThrowing(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = EngineCli.Run(args, stdout, stderr, root =>
        {
            var failing = new Command("fail", "Throws, as a bug in a command would.");
            failing.SetAction(_ => Fail());
            root.Add(failing);
        });
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static int Fail() => throw new InvalidOperationException("the session lost a fact\nsecond line of the message");

    [Fact]
    public void Run_CommandThrows_ExitsThreeWithOneLineNamingCommandAndFailure()
    {
        var (exit, _, err) = RunThrowing("fail");
        Assert.Equal(ExitCodes.EngineError, exit);
        Assert.Equal("engine: internal error in 'fail': System.InvalidOperationException: the session lost a fact second line of the message" + Environment.NewLine, err);
    }

    [Fact]
    public void Run_CommandThrows_NoStackTraceWithoutVerbose()
    {
        var (_, _, err) = RunThrowing("fail");
        Assert.DoesNotContain(" at ", err, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(Fail), err, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CommandThrowsWithVerbose_AddsTheStackTrace()
    {
        var (exit, _, err) = RunThrowing("fail", "--verbose");
        Assert.Equal(ExitCodes.EngineError, exit);
        var lines = err.Split(Environment.NewLine);
        Assert.StartsWith("engine: internal error in 'fail': System.InvalidOperationException:", lines[0], StringComparison.Ordinal);
        Assert.Contains(nameof(Fail), err, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_VerboseBeforeTheCommand_IsAcceptedToo()
    {
        var (exit, _, err) = RunThrowing("--verbose", "fail");
        Assert.Equal(ExitCodes.EngineError, exit);
        Assert.Contains(nameof(Fail), err, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_VerboseOnAWorkingCommand_ChangesNothing()
    {
        var r = Support.Cli.Run("check", "--verbose");
        Assert.Equal(ExitCodes.Done, r.Exit);
        Assert.Equal("", r.Err);
    }
}
