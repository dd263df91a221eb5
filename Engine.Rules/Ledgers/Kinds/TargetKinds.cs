namespace Engine.Rules.Ledgers;

/// <summary>The catalogue of target kinds: the one place a kind is registered. Adding a kind is a new file beside this one and a line here.</summary>
internal static class TargetKinds
{
    public static TargetKind AtLeast { get; } = new AtLeastKind();

    public static TargetKind AtMost { get; } = new AtMostKind();

    public static TargetKind Equal { get; } = new EqualKind();

    public static TargetKind About { get; } = new AboutKind();

    public static TargetKind Between { get; } = new BetweenKind();

    public static TargetKind Milestone { get; } = new MilestoneKind();

    /// <summary>Every kind, in the order documentation lists them.</summary>
    public static IReadOnlyList<TargetKind> All { get; } = [AtLeast, AtMost, Equal, About, Between, Milestone];

    /// <summary>The target fields whose meaning depends on the kind; each kind says whether it requires, allows or refuses each.</summary>
    public static IReadOnlyList<string> DependentFields { get; } = ["value", "value2", "exclusive", "tolerance"];

    private static readonly Dictionary<string, TargetKind> ByName = All.ToDictionary(k => k.Name, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static bool TryFind(string name, out TargetKind kind) => ByName.TryGetValue(name, out kind!);

    /// <summary>The kind of this name; an unknown name is an error in the caller, named in the exception.</summary>
    public static TargetKind Named(string name) =>
        TryFind(name, out var kind) ? kind : throw new ArgumentException($"unknown target kind \"{name}\"; the kinds are: {string.Join(", ", Names)}", nameof(name));

    public static IEnumerable<TargetKind> Taking(string field) => All.Where(k => k.Takes(field));
}
