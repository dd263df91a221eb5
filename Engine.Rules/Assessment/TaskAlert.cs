namespace Engine.Rules.Assessment;

/// <summary>Inferred by an alert rule from a task's assessment: the warning level and the rule that gave it.</summary>
public sealed record TaskAlert(string Level, string Rule);

/// <summary>An alert rule's conclusion about one task, before the task's final assessment is made with it.</summary>
internal sealed record AlertDecision(TaskAssessment Task, TaskAlert Alert);
