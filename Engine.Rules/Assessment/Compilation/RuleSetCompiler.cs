using System.Diagnostics;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using NRules;
using NRules.RuleModel;

namespace Engine.Rules.Assessment;

/// <summary>
/// Compiles a ledger's targets into an NRules session factory: the status rules of each target, the no-data
/// rules, a combination rule per task with several targets, and the alert rules.
/// </summary>
internal static class RuleSetCompiler
{
    /// <summary>The compiled rule set for the ledger's revision from the process's bounded cache, compiling it on first use.</summary>
    public static CompiledRuleSet For(Ledger ledger) => RuleSetCache.Shared.For(ledger);

    public static IReadOnlyList<IRuleDefinition> Definitions(Ledger ledger)
    {
        var definitions = new List<IRuleDefinition>();
        var ordinal = 0; // position in ledger.Targets, which lists the tasks' targets in task order
        foreach (var task in ledger.Tasks)
        {
            if (task.Targets.Count > 1)
            {
                definitions.Add(CombineRules.Build(task, ordinal));
            }

            foreach (var target in task.Targets)
            {
                definitions.AddRange(TargetRules.Build(target, ordinal++, alone: task.Targets.Count == 1));
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
