using Engine.Rules.Ledgers;

namespace Engine.Tests.Ledgers;

public class StatusesTests
{
    [Fact]
    public void InDisplayOrder_HoldsEveryStatusOnce() =>
        Assert.Equal(Enum.GetValues<Status>().Order(), Statuses.Order.Order());

    [Fact]
    public void Severity_CombinesAsSemanticsV2Says() =>
        Assert.Equal(
            ["missed", "lagging", "no_data", "on_track", "achieved_late", "achieved"],
            Statuses.InDisplayOrder.OrderByDescending(s => s.Severity).Select(s => s.Name));

    [Fact]
    public void Of_UnknownStatus_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Statuses.Of((Status)42));
        Assert.Contains("42", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_PartlyGiven_KeepDefaultsForTheRest()
    {
        var labels = new StatusLabels(new Dictionary<Status, string> { [Status.Lagging] = "滞后" });
        Assert.Equal(["已完成", "逾期完成", "序时推进", "滞后", "未完成", "待报送"], labels.All);
    }
}
