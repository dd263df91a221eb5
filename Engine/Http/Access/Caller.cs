namespace Engine.Http.Access;

/// <summary>Who is calling: a key bound to a reporting unit, an admin key, or nobody (no key given).</summary>
internal sealed record Caller(string KeyId, string? Unit, bool IsAdmin)
{
    /// <summary>The entities a unit key is narrowed to (<c>engine keys add UNIT --entity …</c>); empty when it is not narrowed.</summary>
    public IReadOnlyList<string> Entities { get; init; } = [];

    public static Caller Anonymous { get; } = new("anonymous", null, false);

    public bool IsAnonymous => ReferenceEquals(this, Anonymous);

    public override string ToString() => IsAnonymous ? "anonymous" : IsAdmin ? $"{KeyId} (admin)" : $"{KeyId} ({Unit})";
}
