using Engine.Http.Store;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Http.Store;

/// <summary>Withdrawal on every store: a new version marks one withdrawn, the version before it is in force again.</summary>
public abstract partial class FigureStoreContract
{
    private const string Unit = "市住房和城乡建设局";

    private static Withdrawal Withdraw(IFigureStore store, long id, string? reason = null, Func<StoredFigure, string?>? refusal = null) =>
        store.Withdraw(Ledger, id, $"k1 ({Unit})", Unit, reason, At.AddDays(5), refusal ?? (_ => null));

    [SkippableFact]
    public void Withdraw_VersionInForce_MarkerStoredVersionBeforeInForceAgainAndAudited()
    {
        var store = NewStore();
        store.Store(Ledger, "a", Unit, [F("20.1", "e", "2023-06-30", 10), F("20.2", "e", "2023-06-30", 4)], At);
        store.Store(Ledger, "b", Unit, [F("20.1", "e", "2023-06-30", 12)], At.AddDays(1));
        var (first, second) = (store.History(Ledger, "20.1", "e")[0], store.History(Ledger, "20.1", "e")[1]);

        var result = Withdraw(store, second.Id, "填错了");

        Assert.Equal(WithdrawalOutcome.Withdrawn, result.Outcome);
        Assert.Equal(second, result.Version);
        Assert.Equal((3, second.Id, "填错了", Unit, $"k1 ({Unit})"), (result.Marker!.Version, result.Marker.Withdraws, result.Marker.Note, result.Marker.SubmitterUnit, result.Marker.SubmittedBy));
        Assert.Equal(first.Id, result.InForce!.Id);
        var history = store.History(Ledger, "20.1", "e");
        Assert.Equal([null, result.Marker.Id, null], history.Select(h => h.WithdrawnBy));
        Assert.Equal(result.Marker, history[2]);
        Assert.Equal([("20.1", "10"), ("20.2", "4")], store.Latest(Ledger, null).Select(r => (r.Target!, r.Value!)).Order());
        Assert.Equal(4, store.Count(Ledger));
        var audit = store.Audit(Ledger)[^1];
        Assert.Equal(($"k1 ({Unit})", "withdraw", At.AddDays(5)), (audit.Who, audit.Action, audit.At));
        var detail = JObject.Parse(audit.Detail);
        Assert.Equal((second.Id, "填错了", first.Id, 3), ((long)detail["withdrawn"]!, (string?)detail["reason"], (long)detail["in_force"]!["id"]!, (int)detail["version"]!));
    }

    [SkippableFact]
    public void Withdraw_OnlyVersion_NoneInForceAndLatestLeavesTheKeyOut()
    {
        var store = NewStore();
        store.Store(Ledger, "a", Unit, [F("20.1", "e", "2023-06-30", 10), F("20.1", "e", "2023-09-30", 11)], At);
        var june = store.History(Ledger, "20.1", "e")[0];

        var result = Withdraw(store, june.Id);

        Assert.Equal(WithdrawalOutcome.Withdrawn, result.Outcome);
        Assert.Null(result.InForce);
        Assert.Equal("2023-09-30", Assert.Single(store.Latest(Ledger, "e")).AsOf);
        Assert.Equal(JTokenType.Null, JObject.Parse(store.Audit(Ledger)[^1].Detail)["in_force"]!.Type);
    }

    [SkippableFact]
    public void Withdraw_SupersededAlreadyWithdrawnOrAWithdrawal_ConflictAndNothingStored()
    {
        var store = NewStore();
        store.Store(Ledger, "a", Unit, [F("20.1", "e", "2023-06-30", 10)], At);
        store.Store(Ledger, "a", Unit, [F("20.1", "e", "2023-06-30", 12)], At);
        var (first, second) = (store.History(Ledger, null, null)[0], store.History(Ledger, null, null)[1]);
        var superseded = Withdraw(store, first.Id);
        var marker = Withdraw(store, second.Id).Marker!;
        var (count, audits) = (store.Count(Ledger), store.Audit(Ledger).Count);

        var again = Withdraw(store, second.Id);
        var ofMarker = Withdraw(store, marker.Id);

        Assert.Equal((WithdrawalOutcome.Conflict, first.Id), (superseded.Outcome, superseded.Version!.Id));
        Assert.Contains("superseded", superseded.Reason, StringComparison.Ordinal);
        Assert.Equal(WithdrawalOutcome.Conflict, again.Outcome);
        Assert.Contains("already withdrawn", again.Reason, StringComparison.Ordinal);
        Assert.Equal(WithdrawalOutcome.Conflict, ofMarker.Outcome);
        Assert.Contains("itself the withdrawal", ofMarker.Reason, StringComparison.Ordinal);
        Assert.Equal((count, audits), (store.Count(Ledger), store.Audit(Ledger).Count));

        // With the second withdrawn, the first is in force again, so now it can be withdrawn.
        var now = Withdraw(store, first.Id);
        Assert.Equal((WithdrawalOutcome.Withdrawn, 4), (now.Outcome, now.Marker!.Version));
        Assert.Null(now.InForce);
        Assert.Empty(store.Latest(Ledger, null));
    }

    [SkippableFact]
    public void Withdraw_UnknownIdOrAnotherLedgersVersion_NotFoundAndNothingStored()
    {
        var store = NewStore();
        store.Store("other", "a", null, [F("20.1", "e", "2023-06-30", 10)], At);
        var elsewhere = store.History("other", null, null).Single();

        Assert.Equal(WithdrawalOutcome.NotFound, Withdraw(store, elsewhere.Id).Outcome);
        Assert.Equal(WithdrawalOutcome.NotFound, Withdraw(store, 999_999).Outcome);
        Assert.Equal(0, store.Count(Ledger));
        Assert.Single(store.Latest("other", null));
    }

    [SkippableFact]
    public void Withdraw_CallerRefused_ForbiddenNothingStoredAndTheRefusalSawTheSubmittingUnit()
    {
        var store = NewStore();
        store.Store(Ledger, "k1", Unit, [F("20.1", "e", "2023-06-30", 10)], At);
        store.Store(Ledger, "admin", null, [F("20.2", "e", "2023-06-30", 3)], At);
        var (own, admins) = (store.History(Ledger, "20.1", null).Single(), store.History(Ledger, "20.2", null).Single());
        var seen = new List<string?>();
        string? OnlyTheOwner(StoredFigure v)
        {
            seen.Add(v.SubmitterUnit);
            return v.SubmitterUnit == Unit ? null : "another unit's figure";
        }

        var refused = Withdraw(store, admins.Id, refusal: OnlyTheOwner);

        Assert.Equal((WithdrawalOutcome.Forbidden, "another unit's figure"), (refused.Outcome, refused.Reason));
        Assert.Equal((2, 2), (store.Count(Ledger), store.Audit(Ledger).Count));
        Assert.Equal(WithdrawalOutcome.Withdrawn, Withdraw(store, own.Id, refusal: OnlyTheOwner).Outcome);
        Assert.Equal([null, Unit], seen);
    }

    [SkippableFact]
    public void Store_AfterWithdrawal_NextVersionInForceAndAuditKeepsNoWithdrawnValueAsFrom()
    {
        var store = NewStore();
        store.Store(Ledger, "a", Unit, [F("20.1", "e", "2023-06-30", 10)], At);
        Withdraw(store, store.History(Ledger, null, null)[0].Id);

        var again = store.Store(Ledger, "a", Unit, [F("20.1", "e", "2023-06-30", 11)], At.AddDays(6));

        Assert.Equal(1, again.NewVersions);
        Assert.Equal([1, 2, 3], store.History(Ledger, null, null).Select(h => h.Version));
        Assert.Equal("11", Assert.Single(store.Latest(Ledger, null)).Value);
        var change = JObject.Parse(store.Audit(Ledger)[^1].Detail)["changed"]!.Single();
        Assert.Equal((JTokenType.Null, "11"), (change["from"]!.Type, (string?)change["to"]));
    }

    /// <summary>Eight withdrawals of one version at once over two handles (two replicas): one is stored, the others are conflicts.</summary>
    [SkippableFact]
    public void Withdraw_EightAtOnceOnTwoHandles_ExactlyOneWithdrawn()
    {
        var stores = new[] { NewStore() };
        stores = [stores[0], OpenAgain(stores[0])];
        stores[0].Store(Ledger, "a", Unit, [F("20.1", "e", "2023-06-30", 10)], At);
        stores[0].Store(Ledger, "a", Unit, [F("20.1", "e", "2023-06-30", 12)], At);
        var second = stores[0].History(Ledger, null, null)[1];

        var outcomes = new WithdrawalOutcome[8];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, w => outcomes[w] = Withdraw(stores[w % 2], second.Id).Outcome);

        Assert.Equal(1, outcomes.Count(o => o == WithdrawalOutcome.Withdrawn));
        Assert.Equal(7, outcomes.Count(o => o == WithdrawalOutcome.Conflict));
        Assert.Equal([1, 2, 3], stores[1].History(Ledger, null, null).Select(h => h.Version));
        Assert.Equal("10", Assert.Single(stores[1].Latest(Ledger, null)).Value);
    }
}
