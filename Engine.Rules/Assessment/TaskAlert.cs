namespace Engine.Rules.Assessment;

/// <summary>Inferred by an alert rule from a task's assessment: the warning level and the rule that gave it.</summary>
public sealed record TaskAlert(TaskAssessment Task, string Level, string Rule);
