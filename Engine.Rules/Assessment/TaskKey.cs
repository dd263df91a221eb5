namespace Engine.Rules.Assessment;

/// <summary>Identifies one task's assessment: the grouping key of the combination rules.</summary>
public readonly record struct TaskKey(string Entity, DateOnly AsOf, int TaskNo);
