using System.Linq.Expressions;
using System.Reflection;
using Engine.Rules.Figures;
using Engine.Rules.Ledgers;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace Engine.Rules.Assessment;

/// <summary>
/// Compiles the decision table of a class of targets (<see cref="TargetClass"/>) into NRules rules, each deciding
/// one status from a target's figure. The rules read each target's numbers from its observation's terms
/// (<c>o.Value &gt;= o.Terms.Bounds.Value</c>), so a ledger of 600 targets needs the rules of its few dozen classes,
/// not seven per target: the Rete network, and the cold compilation that builds it, no longer grow with the ledger.
/// A rule decides met or not and the status in one step, so a figure costs one firing and no intermediate fact.
/// The conditions first find the class, then test that there is a figure; each rule then has one more condition,
/// its met test and status test together: sibling tests cost less than a deeper tree of shared ones, whose every
/// level builds a list of the facts passing it.
/// </summary>
internal static class TargetRules
{
    private static readonly ParameterExpression O = Expression.Parameter(typeof(TargetObservation), "o");
    private static readonly ParameterExpression Ctx = Expression.Parameter(typeof(IContext), "ctx");
    private static readonly MemberExpression Value = Expression.Property(O, nameof(TargetObservation.Value));
    private static readonly ParameterExpression Outcomes = Expression.Parameter(typeof(RuleOutcomes), RuleOutcomes.Name);
    private static readonly MethodInfo ProgressOf = typeof(Semantics).GetMethod(nameof(Semantics.ProgressWhenNotMet))!;
    private static readonly MemberExpression Terms = Expression.Property(O, nameof(TargetObservation.Terms));
    private static readonly MethodInfo Floor = typeof(Math).GetMethod(nameof(Math.Floor), [typeof(decimal)])!;
    private static readonly MethodInfo Judged = typeof(TargetAssessment).GetMethod(nameof(TargetAssessment.Judged), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo Alone = typeof(TaskAssessment).GetMethod(nameof(TaskAssessment.Alone), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static IEnumerable<IRuleDefinition> Build(TargetClass @class)
    {
        var rule = new Factory(@class);
        var tests = new Tests(@class);
        for (var row = 0; row < @class.Decisions.Count; row++)
        {
            var d = @class.Decisions[row];
            yield return rule.Make(row, d.Words, d.Status, d.Met, [.. d.Tests.Select(tests.For)]);
        }
    }

    /// <summary>How every rule name of a target begins after its id: the met test it decided.</summary>
    public const string Met = "met";

    public const string NotMet = "not met";

    public static string RuleName(Target target, string decision) => $"target {target.Id} {decision}";

    private static MemberExpression Term(string name) => Expression.Property(Terms, name);

    /// <summary>Each test of the decision table as a condition over the observation and its target's terms.</summary>
    private sealed class Tests(TargetClass @class)
    {
        private readonly Expression _met = MetCondition.Over(@class.Kind, Value, Term(nameof(TargetTerms.Bounds)));

        public Expression For(DecisionTest test) => test switch
        {
            DecisionTest.Met => _met,
            DecisionTest.NotMet => Expression.Not(_met),
            DecisionTest.DeadlineReached => Reached,
            DecisionTest.BeforeDeadline => Expression.Not(Reached),
            DecisionTest.MetAtDeadline => MetAtDeadline(),
            DecisionTest.NotMetAtDeadline => Expression.Not(MetAtDeadline()),
            DecisionTest.DeadlineReportPending => Pending,
            DecisionTest.DeadlineReportOwed => Expression.Not(Pending),
            DecisionTest.OnPace => OnPace(),
            DecisionTest.Behind => Expression.Not(OnPace()),
            DecisionTest.WithinBudget => WithinBudget(),
            DecisionTest.OverBudget => Expression.Not(WithinBudget()),
            _ => throw new ArgumentOutOfRangeException(nameof(test), test, "Unknown decision test."),
        };

        private static MemberExpression Reached => Expression.Property(O, nameof(TargetObservation.DeadlineReached));

        private static MemberExpression Pending => Expression.Property(O, nameof(TargetObservation.DeadlineReportPending));

        /// <summary>o.HasFigureAtDeadline &amp;&amp; (the met test over o.ValueAtDeadline).</summary>
        private BinaryExpression MetAtDeadline() => Expression.AndAlso(
            Expression.Property(O, nameof(TargetObservation.HasFigureAtDeadline)),
            MetCondition.Over(@class.Kind, Expression.Property(O, nameof(TargetObservation.ValueAtDeadline)), Term(nameof(TargetTerms.Bounds))));

        /// <summary>
        /// Progress ≥ τ(J) × (1 − slack), through <see cref="Semantics.ProgressWhenNotMet(Target, decimal)"/>.
        /// A count that must rise in whole numbers keeps pace when it has the whole part of its share:
        /// v − b ≥ ⌊τ(J) × (1 − slack) × (value − b)⌋, so 新增上市企业1家 at 0 is not behind from the first day.
        /// </summary>
        private BinaryExpression OnPace()
        {
            var required = Expression.Property(O, nameof(TargetObservation.Required));
            if (@class.PacedInWholeNumbers)
            {
                return Expression.GreaterThanOrEqual(
                    Expression.Subtract(Value, Term(nameof(TargetTerms.PaceFrom))),
                    Expression.Call(Floor, Expression.Multiply(required, Term(nameof(TargetTerms.PaceSpan)))));
            }

            return Expression.GreaterThanOrEqual(Expression.Call(ProgressOf, Expression.Property(O, nameof(TargetObservation.Target)), Value), required);
        }

        /// <summary>figure × (1 − slack) ≤ τ(J) × value.</summary>
        private static BinaryExpression WithinBudget() => Expression.LessThanOrEqual(
            Expression.Multiply(Value, Term(nameof(TargetTerms.BudgetShare))),
            Expression.Multiply(Expression.Property(O, nameof(TargetObservation.Expected)), Term(nameof(TargetTerms.BudgetValue))));
    }

    private sealed class Factory(TargetClass @class)
    {
        private static readonly MemberExpression Names = Term(nameof(TargetTerms.RuleNames));
        public IRuleDefinition Make(int row, string decision, Status status, bool met, params Expression[] conditions)
        {
            var builder = new RuleBuilder();
            builder.Name(ClassRuleName(@class, decision));
            builder.Description($"{@class.Kind.Name} targets: {decision}");
            builder.Tag("target");
            builder.Property("class", @class.Number);
            builder.Priority(RulePriorities.Target);

            var pattern = builder.LeftHandSide().Pattern(typeof(TargetObservation), O.Name!);
            pattern.Condition(Expression.Lambda(Expression.Equal(Term(nameof(TargetTerms.Class)), Expression.Constant(@class.Number)), O));
            pattern.Condition(Expression.Lambda(Expression.Property(O, nameof(TargetObservation.HasFigure)), O));
            pattern.Condition(Expression.Lambda(conditions.Aggregate(Expression.AndAlso), O));

            // outcomes.Add(TargetAssessment.Judged(o, status, met, o.Terms.RuleNames[row])), or the task's assessment when
            // the target is its task's only one: the assessment names the decision row of its own target.
            Expression made = Expression.Call(Judged, O, Expression.Constant(status), Expression.Constant(met), Expression.ArrayIndex(Names, Expression.Constant(row)));
            if (@class.Alone)
            {
                made = Expression.Call(Alone, made);
            }

            builder.Dependencies().Dependency(typeof(RuleOutcomes), RuleOutcomes.Name);
            var add = typeof(RuleOutcomes).GetMethod(nameof(RuleOutcomes.Add), [made.Type])!;
            builder.RightHandSide().Action(Expression.Lambda(Expression.Call(Outcomes, add, made), Ctx, Outcomes, O));
            return builder.Build();
        }
    }

    /// <summary>The name of a class's rule: "at_least targets (class 3, alone): met, level, before the deadline → on_track".</summary>
    public static string ClassRuleName(TargetClass @class, string decision) =>
        $"{@class.Kind.Name} targets (class {@class.Number}{(@class.Alone ? ", alone" : "")}): {decision}";
}
