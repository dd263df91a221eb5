using Engine.Rules.Model;

namespace Engine.Rules.Assessment;

/// <summary>Grouping key of a task's target assessments within a session.</summary>
internal sealed record TaskGroup(LedgerTask Task, string Entity, DateOnly AsOf);
