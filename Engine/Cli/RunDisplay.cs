using Engine.Rules.Assessment;
using Engine.Rules.Ledgers;
using Spectre.Console;
using Status = Engine.Rules.Ledgers.Status;

namespace Engine.Cli;

/// <summary>
/// What a batch run shows on stderr: on a terminal, a progress bar per step and a summary table at the end
/// (Spectre.Console); otherwise one plain line, so logs and pipes stay quiet and parseable.
/// </summary>
internal sealed class RunDisplay
{
    private readonly TextWriter _stderr;
    private readonly IAnsiConsole? _console;

    private RunDisplay(TextWriter stderr, IAnsiConsole? console)
    {
        _stderr = stderr;
        _console = console;
    }

    public bool Interactive => _console is not null;

    /// <summary>A display on the real stderr when it is a terminal; quiet for any other writer.</summary>
    public static RunDisplay For(TextWriter stderr)
    {
        var terminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("ENGINE_NO_PROGRESS") is null;
        var console = terminal
            ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error), Interactive = InteractionSupport.Yes, Ansi = AnsiSupport.Detect })
            : null;
        return new RunDisplay(stderr, console);
    }

    /// <summary>Runs the steps, each with a bar when interactive. A step reports its own progress in [0, 1].</summary>
    public T Run<T>(Func<Func<string, IProgress<double>>, T> work)
    {
        if (_console is null)
        {
            return work(_ => new Progress<double>(_ => { }));
        }

        return _console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(ctx => work(name =>
            {
                var task = ctx.AddTask(Markup.Escape(name), maxValue: 1.0);
                return new SyncProgress<double>(share => task.Value = share);
            }));
    }

    public void Summary(EvaluationResult result, string line)
    {
        if (_console is null)
        {
            _stderr.WriteLine(line);
            return;
        }

        var labels = result.Ledger.Labels;
        var order = Statuses.Order;
        var table = new Table().Title(Markup.Escape($"{result.Ledger.Id} · {IsoDate.Format(result.AsOf)}")).AddColumn("entity");
        foreach (var s in order)
        {
            table.AddColumn(new TableColumn(Markup.Escape(labels.For(s))).RightAligned());
        }

        foreach (var a in result.Assessments)
        {
            table.AddRow([Markup.Escape(a.Entity.Length == 0 ? "(all)" : a.Entity), .. order.Select(s => a.Summary[s].ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        }

        _console.Write(table);
        _console.MarkupLine(Markup.Escape(line));
    }
}
