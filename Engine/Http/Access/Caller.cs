namespace Engine.Http.Access;

/// <summary>Who is calling: a key bound to a reporting unit, an admin key, or nobody (no key given).</summary>
internal sealed record Caller(string KeyId, string? Unit, bool IsAdmin)
{
    public static Caller Anonymous { get; } = new("anonymous", null, false);

    public bool IsAnonymous => ReferenceEquals(this, Anonymous);

    public override string ToString() => IsAnonymous ? "anonymous" : IsAdmin ? $"{KeyId} (admin)" : $"{KeyId} ({Unit})";
}
