using System.Net;
using Engine.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Http.Portal.Unit;

/// <summary>
/// A unit's page (issue 20, points 1 and 5): it sees and submits only its own tasks, a submission from the page
/// follows the API's rules (refused rows not stored, the others stored, nothing acknowledged lost), the reasons
/// stand beside their fields, and it withdraws only its own versions.
/// </summary>
public sealed class UnitPageTests
{
    // 市国家安全局 shares tasks 21, 22 and 34 (targets 21.1, 22.1 milestones; 34.1 at least 60%); 市总工会 has task 296.
    private const string Unit = "市国家安全局";
    private const string OtherUnit = "市总工会";
    private const string Page = "/portal/ledgers/zhanjiang-2023/unit";
    private const string Figures = "/portal/ledgers/zhanjiang-2023/unit/figures";

    // 10:00 in China on 15 July 2023: the last quarter ended on 30 June.
    private static ManualClock Clock() => new(new DateTimeOffset(2023, 7, 15, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task UnitPage_UnitKey_ShowsOnlyItsOwnTasksDueFirstWithTheLastQuarterEndAsDefaultDate()
    {
        await using var server = await ApiServer.StartAsync(clock: Clock());
        using var visitor = await SignedIn(server, Unit);

        var page = await visitor.GetAsync(Page);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["21.1", "22.1", "34.1"], UnitPageHtml.Targets(page.Html).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("data-target=\"296.1\"", page.Html, StringComparison.Ordinal);
        Assert.Equal(3, UnitPageHtml.Targets(UnitPageHtml.Section(page.Html, "due")).Count);
        Assert.Equal("no_data", UnitPageHtml.Status(page.Html, "34.1"));
        Assert.Equal("2023-06-30", UnitPageHtml.InputValue(page.Html, "as_of-0"));
        Assert.Contains("<form id=\"report\" method=\"post\" action=\"/portal/ledgers/zhanjiang-2023/unit/figures\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("不低于60%", page.Html, StringComparison.Ordinal);
        Assert.Contains("未报送数据", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnitPage_English_IsInEnglish()
    {
        await using var server = await ApiServer.StartAsync(clock: Clock());
        using var visitor = await SignedIn(server, Unit);

        var page = await visitor.GetAsync(Page + "?lang=en");

        Assert.Contains("<html lang=\"en\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("Reports due", page.Html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"lang\" value=\"en\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("需要报送", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("报送值", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_ForAnotherUnitsTarget_IsRefusedLoggedAndStoresNothing()
    {
        await using var server = await ApiServer.StartAsync(clock: Clock());
        using var visitor = await SignedIn(server, Unit);
        var page = await visitor.GetAsync(Page);
        var n = UnitPageHtml.Row(page.Html, "34.1");

        // The form edited by hand: its row for 34.1 names 市总工会's target, beside a valid row of its own.
        var other = UnitPageHtml.Row(page.Html, "21.1");
        var answer = await visitor.PostAsync(Figures, [.. Row(n, "296.1", "50"), .. Row(other, "21.1", "40"), new("lang", "zh")]);

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.Contains("未保存任何数据", UnitPageHtml.Section(answer.Html, "result"), StringComparison.Ordinal);
        Assert.Contains("不是任务296的牵头单位或责任单位", answer.Html, StringComparison.Ordinal);
        Assert.Empty(await StoredVersions(server));
        Assert.Contains(server.Log.Lines, l => l.Contains("denied 403", StringComparison.Ordinal) && l.Contains($"{Unit} POST", StringComparison.Ordinal) && l.Contains("/unit/figures", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submit_Mixed_StoresTheValidRowsAndShowsTheRefusedOnesReasonBesideItsField()
    {
        await using var server = await ApiServer.StartAsync(clock: Clock());
        using var visitor = await SignedIn(server, Unit);
        var page = await visitor.GetAsync(Page);

        var answer = await visitor.PostAsync(Figures,
            [.. Row(UnitPageHtml.Row(page.Html, "21.1"), "21.1", "40"), .. Row(UnitPageHtml.Row(page.Html, "22.1"), "22.1", "150"), .. Row(UnitPageHtml.Row(page.Html, "34.1"), "34.1", "70"), new("lang", "zh")]);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var n = UnitPageHtml.Row(answer.Html, "22.1");
        Assert.Equal("目标22.1填完成百分比（0–100），实填150", UnitPageHtml.Paragraph(answer.Html, $"value-{n}-error"));
        Assert.Equal("150", UnitPageHtml.InputValue(answer.Html, $"value-{n}"));
        Assert.Contains($"aria-describedby=\"unit-{n} value-{n}-error\" aria-invalid=\"true\"", answer.Html, StringComparison.Ordinal);
        Assert.Contains("已保存2条数据，1条未保存", UnitPageHtml.Section(answer.Html, "result"), StringComparison.Ordinal);

        // What the page acknowledged is in the API's history, and nothing else.
        var stored = await StoredVersions(server);
        Assert.Equal(["21.1", "34.1"], stored.Select(v => (string)v["target"]!).Order(StringComparer.Ordinal));
        Assert.All(stored, v => Assert.Equal("2023-06-30", (string?)v["as_of"]));
        Assert.Equal(["40", "70"], stored.Select(v => (string)v["value"]!).Order(StringComparer.Ordinal));
        Assert.Equal(stored.Select(v => (long)v["id"]!).Order(), UnitPageHtml.HistoryIds(answer.Html).Order());
    }

    [Fact]
    public async Task Submit_ValidFigure_ChangesTheTargetsStatusAndMovesItOutOfDue()
    {
        await using var server = await ApiServer.StartAsync(clock: Clock());
        using var visitor = await SignedIn(server, Unit);
        var page = await visitor.GetAsync(Page);
        Assert.Equal("no_data", UnitPageHtml.Status(page.Html, "34.1"));

        var answer = await visitor.PostAsync(Figures, [.. Row(UnitPageHtml.Row(page.Html, "34.1"), "34.1", "70"), new("lang", "zh")]);

        var now = UnitPageHtml.Status(UnitPageHtml.Section(answer.Html, "tasks"), "34.1");
        Assert.NotEqual("no_data", now);
        Assert.DoesNotContain("34.1", UnitPageHtml.Targets(UnitPageHtml.Section(answer.Html, "due")));
        Assert.Contains($"data-target=\"34.1\" data-status=\"{now}\" data-stored=\"true\"", UnitPageHtml.Section(answer.Html, "result"), StringComparison.Ordinal);
        Assert.NotEqual("no_data", UnitPageHtml.Status((await visitor.GetAsync(Page)).Html, "34.1"));
    }

    [Fact]
    public async Task Withdraw_ItsOwnVersion_IsWithdrawnAndTheTargetIsDueAgain()
    {
        await using var server = await ApiServer.StartAsync(clock: Clock());
        using var visitor = await SignedIn(server, Unit);
        var page = await visitor.GetAsync(Page);
        var submitted = await visitor.PostAsync(Figures, [.. Row(UnitPageHtml.Row(page.Html, "34.1"), "34.1", "70"), new("lang", "zh")]);
        var id = Assert.Single(UnitPageHtml.HistoryIds(submitted.Html));
        Assert.Contains($"<form class=\"withdraw\" method=\"post\" action=\"/portal/ledgers/zhanjiang-2023/unit/figures/{id}/withdraw\"", submitted.Html, StringComparison.Ordinal);

        var answer = await visitor.PostAsync($"{Figures}/{id}/withdraw", [new("lang", "zh")]);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("数据已撤回。", UnitPageHtml.Paragraph(answer.Html, "notice"));
        Assert.Equal("no_data", UnitPageHtml.Status(answer.Html, "34.1"));
        var versions = await StoredVersions(server);
        Assert.Contains(versions, v => (bool)v["withdrawal"]! && (long?)v["withdraws"] == id);
        Assert.DoesNotContain("class=\"withdraw\"", UnitPageHtml.Section(answer.Html, "history"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdraw_AnotherUnitsVersion_IsRefusedLoggedAndLeavesItInForce()
    {
        await using var server = await ApiServer.StartAsync(clock: Clock());
        var otherKey = server.AddKey(OtherUnit);
        using var stored = await server.Client.SendAsync(ApiServer.Post("/v1/ledgers/zhanjiang-2023/figures", """[{"target":"296.1","as_of":"2023-06-30","value":"50"}]""", otherKey));
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        var id = (long)(await StoredVersions(server)).Single()["id"]!;
        using var visitor = await SignedIn(server, Unit);
        var page = await visitor.GetAsync(Page);
        Assert.DoesNotContain($"data-figure-id=\"{id}\"", page.Html, StringComparison.Ordinal);

        var answer = await visitor.PostAsync($"{Figures}/{id}/withdraw", [new("lang", "zh")]);

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.Equal("该数据不是本单位报送的，不能撤回。", UnitPageHtml.Paragraph(answer.Html, "notice"));
        var version = Assert.Single(await StoredVersions(server));
        Assert.False((bool)version["withdrawal"]!);
        Assert.Null((long?)version["withdrawn_by"]);
        Assert.Contains(server.Log.Lines, l => l.Contains("denied 403", StringComparison.Ordinal) && l.Contains("/withdraw", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submit_WithoutTheFormToken_GetsTheExpiredPageAndStoresNothing()
    {
        await using var server = await ApiServer.StartAsync(clock: Clock());
        using var visitor = await SignedIn(server, Unit);
        var page = await visitor.GetAsync(Page);

        var answer = await visitor.PostAsync(Figures, [.. Row(UnitPageHtml.Row(page.Html, "34.1"), "34.1", "70"), new("lang", "zh")], withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("text/html", answer.MediaType);
        Assert.Contains("页面已过期，请返回重新提交", answer.Html, StringComparison.Ordinal);
        Assert.Contains("<a id=\"go-back\" href=\"/portal/ledgers/zhanjiang-2023/unit\">返回</a>", answer.Html, StringComparison.Ordinal);
        Assert.Empty(await StoredVersions(server));
    }

    [Fact]
    public async Task Submit_ForAnEntityTheKeyMayNotReportFor_IsRefusedBesideTheEntityField()
    {
        await using var server = await ApiServer.StartAsync(clock: Clock(), prepareTargets: targets =>
        {
            var ledger = Path.Combine(targets, "zhanjiang-2023", "ledger.json");
            var json = JObject.Parse(File.ReadAllText(ledger));
            json["entities"] = new JArray("霞山区", "赤坎区");
            File.WriteAllText(ledger, json.ToString());
        });
        using var visitor = await SignedIn(server, Unit);
        var page = await visitor.GetAsync(Page + "?entity=赤坎区");
        var n = UnitPageHtml.Row(page.Html, "34.1");
        Assert.Contains($"<select id=\"entity-{n}\" name=\"entity-{n}\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"赤坎区\" selected>", page.Html, StringComparison.Ordinal);

        var answer = await visitor.PostAsync(Figures, [new($"target-{n}", "34.1"), new($"value-{n}", "70"), new($"as_of-{n}", "2023-06-30"), new($"entity-{n}", "麻章区"), new("lang", "zh")]);

        n = UnitPageHtml.Row(answer.Html, "34.1");
        Assert.Equal("市国家安全局不能为填报主体“麻章区”报送数据", UnitPageHtml.Paragraph(answer.Html, $"entity-{n}-error"));
        Assert.Equal("70", UnitPageHtml.InputValue(answer.Html, $"value-{n}"));
        Assert.Empty(await StoredVersions(server));
        Assert.Contains(server.Log.Lines, l => l.Contains("denied 403", StringComparison.Ordinal) && l.Contains("entities", StringComparison.Ordinal));
    }

    private static async Task<PortalVisitor> SignedIn(ApiServer server, string unit)
    {
        var visitor = new PortalVisitor(server);
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.SignInAsync(server.AddKey(unit))).Status);
        return visitor;
    }

    private static KeyValuePair<string, string>[] Row(int n, string target, string value) =>
        [new($"target-{n}", target), new($"value-{n}", value), new($"as_of-{n}", "2023-06-30"), new($"entity-{n}", "")];

    /// <summary>Every stored version of the ledger, as the API's history gives them.</summary>
    private static async Task<IReadOnlyList<JObject>> StoredVersions(ApiServer server)
    {
        using var response = await server.Client.SendAsync(ApiServer.Get("/v1/ledgers/zhanjiang-2023/figures", server.AdminKey));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. ((JArray)JObject.Parse(await response.Content.ReadAsStringAsync())["versions"]!).Cast<JObject>()];
    }
}
