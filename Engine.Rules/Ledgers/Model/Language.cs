namespace Engine.Rules.Ledgers;

/// <summary>Language of generated explanations: Chinese first, as the ledger is, and English.</summary>
public enum Language
{
    /// <summary>Chinese (中文), the ledger's own language and the default.</summary>
    Zh,
    /// <summary>English.</summary>
    En,
}
