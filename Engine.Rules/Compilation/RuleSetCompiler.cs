using System.Collections.Concurrent;
using System.Diagnostics;
using Engine.Rules.Model;
using NRules;
using NRules.RuleModel;

namespace Engine.Rules.Compilation;

/// <summary>
/// Compiles a ledger's targets into an NRules session factory: the status rules of each target, the no-data
/// rules, a combination rule per task with several targets, and the alert rules. Compiled rule sets are cached per revision.
/// </summary>
public static class RuleSetCompiler
{
    private static readonly ConcurrentDictionary<string, Lazy<CompiledRuleSet>> Cache = new(StringComparer.Ordinal);

    /// <summary>The compiled rule set for the ledger's revision, compiling it on first use.</summary>
    public static CompiledRuleSet For(Ledger ledger) =>
        Cache.GetOrAdd(ledger.Id + "@" + ledger.Revision, _ => new Lazy<CompiledRuleSet>(() => Compile(ledger))).Value;

    public static IReadOnlyList<IRuleDefinition> Definitions(Ledger ledger)
    {
        var definitions = new List<IRuleDefinition>();
        var ordinals = ledger.Targets.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        for (var a = 0; a < ledger.Areas.Count; a++)
        {
            foreach (var task in ledger.Tasks.Where(t => t.Area.File == ledger.Areas[a].File))
            {
                for (var i = 0; i < task.Targets.Count; i++)
                {
                    definitions.AddRange(TargetRules.Build(task.Targets[i], ordinals[task.Targets[i].Id], alone: task.Targets.Count == 1));
                }

                if (task.Targets.Count > 1)
                {
                    definitions.Add(CombineRules.Build(task, a));
                }
            }
        }

        definitions.AddRange(NoDataRules.Build());
        definitions.AddRange(AlertRules.Build(ledger.Alerts));
        return definitions;
    }

    public static CompiledRuleSet Compile(Ledger ledger)
    {
        var clock = Stopwatch.StartNew();
        var definitions = Definitions(ledger);
        var expressions = new CachingExpressionCompiler();
        var compiler = new RuleCompiler { ExpressionCompiler = expressions };
        var factory = compiler.Compile(definitions);
        return new CompiledRuleSet(ledger, factory, definitions.Count, clock.Elapsed, expressions.Compiled, expressions.Reused);
    }
}
