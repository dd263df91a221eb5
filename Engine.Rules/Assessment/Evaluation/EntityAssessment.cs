using Engine.Rules.Figures;
using Engine.Rules.Ledgers;

namespace Engine.Rules.Assessment;

/// <summary>The whole ledger assessed for one entity as of one date.</summary>
public sealed class EntityAssessment
{
    public EntityAssessment(string entity, DateOnly asOf, IReadOnlyList<TaskAssessment> tasks)
    {
        Entity = entity;
        AsOf = asOf;
        Tasks = tasks;
        Summary = Enum.GetValues<Status>().ToDictionary(s => s, s => tasks.Count(t => t.Status == s));
    }

    public string Entity { get; }

    public DateOnly AsOf { get; }

    /// <summary>Tasks in ledger order.</summary>
    public IReadOnlyList<TaskAssessment> Tasks { get; }

    /// <summary>Number of tasks per status.</summary>
    public IReadOnlyDictionary<Status, int> Summary { get; }
}
