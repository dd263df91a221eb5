using System.Collections.Concurrent;
using NRules;

namespace Engine.Rules.Assessment;

/// <summary>
/// The compiled rules of one part of the ledger: the targets at ledger positions [FirstOrdinal, EndOrdinal) and
/// their tasks, and the sessions over them kept for reuse.
/// </summary>
internal sealed class RuleNetwork(int firstOrdinal, int endOrdinal, ISessionFactory sessions)
{
    /// <summary>
    /// Whether sessions are kept for reuse (the default). Creating a session activates every rule's join once, which
    /// for a ledger of 4,000 rules cost about as much as assessing one entity; an emptied session is as new.
    /// Off only to measure the difference (bench).
    /// </summary>
    internal static bool ReuseSessions { get; set; } = true;

    private readonly ConcurrentBag<ISession> _idle = [];

    public int FirstOrdinal { get; } = firstOrdinal;

    public int EndOrdinal { get; } = endOrdinal;

    public ISessionFactory Sessions { get; } = sessions;

    public bool Holds(int ledgerOrdinal) => ledgerOrdinal >= FirstOrdinal && ledgerOrdinal < EndOrdinal;

    /// <summary>An empty session: one kept from an earlier assessment, or a new one.</summary>
    public ISession Rent() => ReuseSessions && _idle.TryTake(out var session) ? session : Sessions.CreateSession();

    /// <summary>
    /// Keeps a session the caller has emptied (every fact it inserted retracted, nothing left on the agenda), up to
    /// two per core, the most that can be in use at once; a session that failed midway is never given back.
    /// </summary>
    public void Return(ISession session)
    {
        if (ReuseSessions && _idle.Count < Environment.ProcessorCount * 2)
        {
            _idle.Add(session);
        }
    }
}
