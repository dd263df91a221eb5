using System.Diagnostics;
using Engine.Cli;

namespace Engine.Tests.Support;

/// <summary>Runs the engine command line: in process through its entry point, or as the built program.</summary>
internal static class Cli
{
    public sealed record Result(int Exit, string Out, string Err);

    /// <summary>The same entry point Program.cs calls, with captured streams.</summary>
    public static Result Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = EngineCli.Run(args, stdout, stderr);
        return new Result(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The built program in its own process, from the repository root as the README runs it.</summary>
    public static Result Process(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "engine.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = BundledPaths.Root };
        start.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Result(process.ExitCode, output.Result, error.Result);
    }
}
