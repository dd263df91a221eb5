namespace Engine.Rules.Ledgers;

/// <summary>How a task's target statuses make the task's status.</summary>
public enum Combine
{
    /// <summary>Every target must be met: the most severe status counts.</summary>
    All,

    /// <summary>Either-or targets: the least severe status counts.</summary>
    Any,
}
