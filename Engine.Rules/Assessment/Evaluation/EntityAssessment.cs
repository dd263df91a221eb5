using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Assessment;

/// <summary>The whole ledger assessed for one entity as of one date.</summary>
public sealed class EntityAssessment
{
    /// <summary>The ledger's task assessments for one entity as of one date; the summary is counted from them.</summary>
    public EntityAssessment(string entity, DateOnly asOf, IReadOnlyList<TaskAssessment> tasks)
    {
        Entity = entity;
        AsOf = asOf;
        Tasks = tasks;
        Summary = Enum.GetValues<Status>().ToDictionary(s => s, s => tasks.Count(t => t.Status == s));
    }

    /// <summary>Who is assessed (a city, a district); <c>""</c> when the figures name no entity.</summary>
    public string Entity { get; }

    /// <summary>The date the ledger is assessed as of: figures after it are not used.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Tasks in ledger order.</summary>
    public IReadOnlyList<TaskAssessment> Tasks { get; }

    /// <summary>Number of tasks per status.</summary>
    public IReadOnlyDictionary<Status, int> Summary { get; }
}
