using Engine.Http.Store;

namespace Engine.Tests.Http.Store;

/// <summary>The store version the answer cache keys on: raised by every write, seen by every handle, read in one snapshot with the figures.</summary>
public abstract partial class FigureStoreContract
{
    [SkippableFact]
    public void Version_EveryWriteFromAnyHandle_RaisesIt_AndLatestWithVersionAgrees()
    {
        var store = NewStore();
        var other = OpenAgain(store);
        var empty = store.Version();

        store.Store(Ledger, "unit:a", "a", [F("20.1", "湛江市", "2023-06-30", 10)], At);
        var afterStore = other.Version();
        Assert.True(afterStore > empty);

        var second = other.Store(Ledger, "unit:a", "a", [F("20.1", "湛江市", "2023-06-30", 12)], At);
        var afterOther = store.Version();
        Assert.True(afterOther > afterStore);

        var newest = store.History(Ledger, "20.1", "湛江市").Single(v => v.Version == 2);
        Assert.Equal(WithdrawalOutcome.Withdrawn, store.Withdraw(Ledger, newest.Id, "admin", null, null, At, _ => null).Outcome);
        var afterWithdraw = other.Version();
        Assert.True(afterWithdraw > afterOther);

        var (version, rows) = other.LatestWithVersion(Ledger, null);
        Assert.Equal(afterWithdraw, version);
        Assert.Equal("10", Assert.Single(rows).Value);
        Assert.Equal(store.Latest(Ledger, null).Select(r => r.Value), rows.Select(r => r.Value));
        Assert.Equal(1, second.Stored);
    }
}
