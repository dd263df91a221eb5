using System.Diagnostics;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using NRules;
using NRules.RuleModel;

namespace Engine.Rules.Assessment;

/// <summary>
/// Compiles a ledger's targets into NRules session factories: the status rules of each class of targets, the no-data
/// rules, a combination rule per task with several targets, and the alert rules. The tasks are split into a few
/// parts of about equal size, each compiled into its own Rete network on its own core: a rule of one task never
/// needs a fact of another task, so a session per part makes the same assessment as one session over the whole
/// ledger, and the cold compilation of a command-line run (most of `engine evaluate`'s wall time) is shared out.
/// </summary>
internal static class RuleSetCompiler
{
    /// <summary>Fewer rules than this are compiled in one part: splitting a small ledger saves nothing.</summary>
    internal const int RulesPerPartAtLeast = 400;

    /// <summary>Raised after each compilation (from the compiling thread), so tests can count compilations without timing them.</summary>
    internal static event Action<CompiledRuleSet>? Compiled;

    /// <summary>The compiled rule set for the ledger's revision from the process's bounded cache, compiling it on first use.</summary>
    public static CompiledRuleSet For(Ledger ledger) => RuleSetCache.Shared.For(ledger);

    public static IReadOnlyList<IRuleDefinition> Definitions(Ledger ledger)
    {
        var (terms, classes) = TargetTerms.Of(ledger);
        return [.. PartDefinitions(ledger, terms, classes, 0, ledger.Tasks.Count, ordinal: 0), .. SharedDefinitions(ledger)];
    }

    /// <summary>
    /// The rules of tasks [first, end) whose first target is at ledger position <paramref name="ordinal"/>: their
    /// combination rules, and the rules of each class their targets fall in.
    /// </summary>
    private static List<IRuleDefinition> PartDefinitions(Ledger ledger, TargetTerms[] terms, IReadOnlyList<TargetClass> classes, int first, int end, int ordinal)
    {
        var definitions = new List<IRuleDefinition>();
        var used = new SortedSet<int>();
        for (var t = first; t < end; t++)
        {
            var task = ledger.Tasks[t];
            if (task.Targets.Count > 1)
            {
                definitions.Add(CombineRules.Build(task, ordinal));
            }

            for (var i = 0; i < task.Targets.Count; i++)
            {
                used.Add(terms[ordinal++].Class);
            }
        }

        foreach (var @class in used)
        {
            definitions.AddRange(TargetRules.Build(classes[@class]));
        }

        return definitions;
    }

    /// <summary>The rules every part has: no figure → no_data, and the alert rules over task assessments.</summary>
    private static List<IRuleDefinition> SharedDefinitions(Ledger ledger) => [.. NoDataRules.Build(), .. AlertRules.Build(ledger.Alerts)];

    public static CompiledRuleSet Compile(Ledger ledger) => Compile(ledger, Environment.ProcessorCount);

    /// <param name="ledger">The ledger to compile.</param>
    /// <param name="parts">At most this many networks, compiled at once; a small ledger gets fewer.</param>
    internal static CompiledRuleSet Compile(Ledger ledger, int parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        var clock = Stopwatch.StartNew();
        var splits = Split(ledger, Math.Min(parts, Math.Max(1, ledger.Targets.Count * 7 / RulesPerPartAtLeast)));
        var (terms, classes) = TargetTerms.Of(ledger);
        var expressions = new CachingExpressionCompiler();
        var networks = new RuleNetwork[splits.Count];
        PartSteps.Run(splits.Count, concurrently: true, i =>
        {
            var (first, end, ordinal, endOrdinal) = splits[i];
            var own = PartDefinitions(ledger, terms, classes, first, end, ordinal);
            var compiler = new RuleCompiler { ExpressionCompiler = expressions };
            networks[i] = new RuleNetwork(ordinal, endOrdinal, compiler.Compile([.. own, .. SharedDefinitions(ledger)]));
        });

        // Each rule counted once, however many parts compiled it: the classes' rules, a combination rule per task with several targets, the shared rules.
        var ruleCount = classes.Sum(c => c.Decisions.Count) + ledger.Tasks.Count(t => t.Targets.Count > 1) + SharedDefinitions(ledger).Count;
        var rules = new CompiledRuleSet(ledger, networks, terms, ruleCount, clock.Elapsed, expressions.Compiled, expressions.Reused);
        Compiled?.Invoke(rules);
        return rules;
    }

    /// <summary>Consecutive runs of tasks with about the same number of targets each: (first task, end task, first ordinal, end ordinal).</summary>
    private static List<(int First, int End, int Ordinal, int EndOrdinal)> Split(Ledger ledger, int parts)
    {
        var splits = new List<(int, int, int, int)>(parts);
        var (first, ordinal, seen) = (0, 0, 0);
        for (var t = 0; t < ledger.Tasks.Count; t++)
        {
            seen += ledger.Tasks[t].Targets.Count;
            var last = t == ledger.Tasks.Count - 1;
            if (last || (splits.Count < parts - 1 && seen >= (long)ledger.Targets.Count * (splits.Count + 1) / parts))
            {
                splits.Add((first, t + 1, ordinal, seen));
                (first, ordinal) = (t + 1, seen);
            }
        }

        return splits.Count > 0 ? splits : [(0, 0, 0, 0)];
    }
}
