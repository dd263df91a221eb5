using Engine.Http.Endpoints;
using Engine.Http.Store;

namespace Engine.Tests.Http.Store;

/// <summary>Paged history on every store: the cursor is a position in one byte-wise order, so every version is read once.</summary>
public abstract partial class FigureStoreContract
{
    // Entities whose order differs between byte-wise and linguistic collations ("B" before "a" only byte-wise). The
    // throwaway cluster is initdb --locale=C, so there this holds the stores to one order rather than proving COLLATE "C".
    private static readonly string[] Entities = ["", "B", "a", "湛江市", "霞山区"];

    private IFigureStore StoreForPaging()
    {
        var store = NewStore();
        foreach (var (entity, i) in Entities.Select((e, i) => (e, i)))
        {
            store.Store(Ledger, "a", null, [F("20.1", entity, "2023-06-30", i), F("1.1", entity, "2023-06-30", i), F("20.1", entity, "2023-12-31", i)], At);
        }

        store.Store(Ledger, "a", null, [F("20.1", "a", "2023-06-30", 50), F("20.1", "a", "2023-06-30", 51), F("1.1", "霞山区", "2023-06-30", 52)], At);
        store.Store("other", "a", null, [F("20.1", "a", "2023-06-30", 9)], At);
        var withdrawn = store.History(Ledger, "20.1", "a")[2];
        Assert.Equal(WithdrawalOutcome.Withdrawn, store.Withdraw(Ledger, withdrawn.Id, "admin", null, null, At, _ => null).Outcome);
        return store;
    }

    private static List<StoredFigure> Walk(IFigureStore store, string? target, string? entity, int limit)
    {
        var read = new List<StoredFigure>();
        HistoryPosition? after = null;
        while (true)
        {
            var (page, more) = store.History(Ledger, target, entity, after, limit);
            Assert.InRange(page.Count, more ? limit : 0, limit);
            read.AddRange(page);
            if (!more)
            {
                return read;
            }

            // Through the cursor the API hands out, so the round trip is part of what is walked.
            after = FigureCursor.Decode(FigureCursor.Encode(page[^1]));
        }
    }

    [SkippableFact]
    public void History_PagedAtSeveralLimits_EveryVersionOnceInByteOrder()
    {
        var store = StoreForPaging();
        var all = store.History(Ledger, null, null);
        Assert.Equal(19, all.Count);
        var expected = all.OrderBy(v => v.Target, StringComparer.Ordinal).ThenBy(v => v.Entity, StringComparer.Ordinal)
            .ThenBy(v => v.AsOf, StringComparer.Ordinal).ThenBy(v => v.Version).ToList();
        Assert.Equal(expected, all);
        Assert.Equal(["", "B", "a", "湛江市", "霞山区"], all.Where(v => v.Target == "1.1").Select(v => v.Entity).Distinct());

        foreach (var limit in new[] { 1, 2, 3, 7, 18, 19, 20 })
        {
            Assert.Equal(all, Walk(store, null, null, limit));
        }

        Assert.Equal(store.History(Ledger, "20.1", null), Walk(store, "20.1", null, 4));
        Assert.Equal(store.History(Ledger, null, "a"), Walk(store, null, "a", 2));
        Assert.Equal(5, store.History(Ledger, "20.1", "a").Count);
    }

    [SkippableFact]
    public void History_VersionsStoredBetweenPages_NoneRepeatedOrSkipped()
    {
        var store = StoreForPaging();
        var before = store.History(Ledger, null, null);
        var (page, more) = store.History(Ledger, null, null, null, 5);
        Assert.True(more);

        // One version sorting before the cursor (not read on this walk), one after it (read once).
        store.Store(Ledger, "b", null, [F("1.1", "", "2023-06-30", 70), F("20.1", "霞山区", "2023-12-31", 71)], At);
        var rest = new List<StoredFigure>(page);
        HistoryPosition? after = FigureCursor.Decode(FigureCursor.Encode(page[^1]));
        while (after is not null)
        {
            var (next, again) = store.History(Ledger, null, null, after, 5);
            rest.AddRange(next);
            after = again ? new HistoryPosition(next[^1].Target, next[^1].Entity, next[^1].AsOf, next[^1].Version) : null;
        }

        Assert.Equal(rest.Count, rest.Select(v => v.Id).Distinct().Count());
        Assert.Equal(before.Select(v => v.Id).Append(before.Max(v => v.Id) + 2).Order(), rest.Select(v => v.Id).Order());
    }
}
