using NRules;

namespace Engine.Rules.Assessment;

/// <summary>The compiled rules of one part of the ledger: the targets at ledger positions [FirstOrdinal, EndOrdinal) and their tasks.</summary>
internal sealed record RuleNetwork(int FirstOrdinal, int EndOrdinal, ISessionFactory Sessions)
{
    public bool Holds(int ledgerOrdinal) => ledgerOrdinal >= FirstOrdinal && ledgerOrdinal < EndOrdinal;
}
