namespace Engine.Rules.Model;

public enum TargetKind
{
    AtLeast,
    AtMost,
    Equal,
    About,
    Between,
    Milestone,
}
