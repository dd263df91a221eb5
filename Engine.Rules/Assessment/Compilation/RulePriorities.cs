namespace Engine.Rules.Assessment;

/// <summary>
/// Firing order of the rule layers: targets are judged, then tasks combine, then alerts.
/// The combination rules also wait for all of a task's targets, so the order is a matter of efficiency, not of correctness.
/// </summary>
internal static class RulePriorities
{
    public const int Target = 30;
    public const int Combination = 10;
    public const int Alert = 5;
}
