using System.CommandLine;

namespace Engine.Cli;

/// <summary>The options several commands share, defined once so they are spelled and described alike.</summary>
internal static class CliOptions
{
    public static Option<string?> Targets() => new("--targets") { Description = "Ledger folder (ledger.json + area files). Default: the bundled targets/zhanjiang-2023." };

    public static Option<string> Format(params string[] formats) => new("--format")
    {
        Description = $"Output format: {string.Join(", ", formats)}.",
        DefaultValueFactory = _ => formats[0],
        Validators = { r => { var v = r.GetValueOrDefault<string>(); if (!formats.Contains(v)) { r.AddError($"--format must be one of {string.Join(", ", formats)}; got \"{v}\"."); } } },
    };

    /// <summary>--figures, which may be repeated; each names a figure file or a folder of them.</summary>
    public static Option<string[]> Figures(string purpose) => new("--figures")
    {
        Description = $"{purpose}: a figure file (.csv, .tsv, .json, .xlsx) or a folder of them (not its subfolders, in name order); may be repeated, later files winning ties. Default: the bundled sample for 2023-06-30.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<string?> Out() => new("--out") { Description = "Write to this file (atomically) instead of standard output." };
}
