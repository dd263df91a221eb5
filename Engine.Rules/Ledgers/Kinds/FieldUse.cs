namespace Engine.Rules.Ledgers;

/// <summary>Whether a kind of target requires, allows or refuses one of the fields whose meaning depends on the kind.</summary>
internal enum FieldUse
{
    Refused,
    Optional,
    Required,
}
