namespace Engine.Rules.Ledgers;

/// <summary>Language of generated explanations: Chinese first, as the ledger is, and English.</summary>
public enum Language
{
    Zh,
    En,
}
