using System.Net;
using System.Text.RegularExpressions;
using Engine.Http.Portal.Session;
using Engine.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Engine.Tests.Http.Portal.Bureau;

/// <summary>The bureau's pages: only the admin key's session opens them; who has not reported; the live report; downloads; the audit trail.</summary>
public sealed partial class BureauPagesTests
{
    private const string Ledger = "/v1/ledgers/zhanjiang-2023";
    private const string Bureau = "/portal/ledgers/zhanjiang-2023/bureau";
    private const string Housing = "市住房和城乡建设局";

    // 14:05 in Beijing on 15 July 2023: the report for 30 June is owed (quarterly, ten days of grace).
    private static ManualClock Clock() => new(new DateTimeOffset(2023, 7, 15, 6, 5, 0, TimeSpan.Zero));

    private static readonly string[] Routes =
    [
        Bureau, Bureau + "/report", Bureau + "/report.css", Bureau + "/download/xlsx", Bureau + "/download/csv",
        Bureau + "/download/html", Bureau + "/audit", Bureau + "/units/" + Uri.EscapeDataString(Housing),
    ];

    [Fact]
    public async Task BureauRoutes_UnitSession_Are403AndLogged()
    {
        await using var server = await ApiServer.StartAsync(clock: Clock());
        using var unit = new PortalVisitor(server);
        await unit.SignInAsync(server.AddKey(Housing));

        foreach (var route in Routes)
        {
            var answer = await unit.GetAsync(route);
            Assert.True(answer.Status == HttpStatusCode.Forbidden, $"{route} answered {answer.Status} to a unit's session");
            Assert.Contains("此页面仅供主管部门管理员使用。", answer.Html, StringComparison.Ordinal);
        }

        Assert.Equal(Routes.Length, server.Log.Lines.Count(l => l.Contains("denied 403", StringComparison.Ordinal) && l.Contains("/bureau", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task BureauRoutes_EveryOneMapped_CarriesBureauOnlyAndIsTested()
    {
        await using var server = await ApiServer.StartAsync();

        var patterns = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.Contains("/bureau", StringComparison.Ordinal) == true)
            .ToList();

        // Each is among the routes the 403 test opens (download/{format} three times).
        Assert.Equal(
            ["/bureau/", "/bureau/audit", "/bureau/download/{format}", "/bureau/report", "/bureau/report.css", "/bureau/units/{unit}"],
            patterns.Select(e => e.RoutePattern.RawText!["/portal/ledgers/{id}".Length..]).Order(StringComparer.Ordinal));
        Assert.All(patterns, e => Assert.NotNull(e.Metadata.GetMetadata<BureauOnly>()));
    }

    [Fact]
    public async Task BureauRoutes_AdminSession_OpenEachPage()
    {
        await using var server = await ApiServer.StartAsync(clock: Clock());
        using var bureau = await SignedIn(server);

        foreach (var route in Routes)
        {
            Assert.Equal(HttpStatusCode.OK, (await bureau.GetAsync(route)).Status);
        }
    }

    [Fact]
    public async Task Overview_NoSession_GoesToSignIn()
    {
        await using var server = await ApiServer.StartAsync(clock: Clock());
        using var visitor = new PortalVisitor(server);

        var answer = await visitor.GetAsync(Bureau);

        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        Assert.Equal("/portal/sign-in", answer.Location);
    }

    [Fact]
    public async Task Overview_DefaultsToTodayInBeijingAndTheWholeLedger_WithTheFilterForm()
    {
        await using var server = await ApiServer.StartAsync(clock: new ManualClock(new DateTimeOffset(2023, 7, 14, 17, 0, 0, TimeSpan.Zero)));
        using var bureau = await SignedIn(server);

        var page = await bureau.GetAsync(Bureau);

        // 17:00 UTC on the 14th is already the 15th in Beijing.
        Assert.Contains("<form id=\"report-filter\" method=\"get\"", page.Html, StringComparison.Ordinal);
        Assert.Matches("<input id=\"as_of\" name=\"as_of\" type=\"date\" value=\"2023-07-15\"", page.Html);
        Assert.Matches("<select id=\"entity\" name=\"entity\"[^>]*><option value=\"\" selected>全台账</option></select>", page.Html);
        Assert.Contains("<label for=\"as_of\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"entity\">", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_EntityChoices_AreDeclaredAndStoredEntities()
    {
        await using var server = await ApiServer.StartAsync(clock: Clock());
        await Submit(server, server.AdminKey, """{"figures":[{"target":"20.1","as_of":"2023-06-30","value":10,"entity":"赤坎区"}]}""");
        using var bureau = await SignedIn(server);

        var page = await bureau.GetAsync(Bureau + "?as_of=2023-07-15&entity=" + Uri.EscapeDataString("赤坎区"));

        Assert.Contains("<option value=\"赤坎区\" selected>赤坎区</option>", page.Html, StringComparison.Ordinal);
        Assert.Contains("范围：赤坎区", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_DateThatIsNoDate_IsSaidBesideTheField()
    {
        await using var server = await ApiServer.StartAsync(clock: Clock());
        using var bureau = await SignedIn(server);

        var page = await bureau.GetAsync(Bureau + "?as_of=2023-02-30");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("<p id=\"as_of-error\" class=\"error\" role=\"alert\">请填写日期，例如 2023-06-30。</p>", page.Html, StringComparison.Ordinal);
        Assert.Matches("id=\"as_of\"[^>]*aria-describedby=\"as_of-error\" aria-invalid=\"true\"", page.Html);
    }

    [Fact]
    public async Task Unreported_AfterASubmissionThroughTheApi_TheUnitLeavesTheList()
    {
        await using var server = await ApiServer.StartAsync(clock: Clock());
        using var bureau = await SignedIn(server);
        var before = Owing(await bureau.GetAsync(Bureau + "?as_of=2023-07-15"));
        // The unit owing least: its targets, each 待报送, owed for 30 June.
        var (unit, targets) = before.OrderBy(u => u.Value.Count).ThenBy(u => u.Key, StringComparer.Ordinal).First();
        Assert.NotEmpty(targets);

        var figures = string.Join(",", targets.Select(t => $$"""{"target":"{{t}}","as_of":"2023-06-30","value":1}"""));
        await Submit(server, server.AdminKey, $$"""{"figures":[{{figures}}]}""");

        var after = Owing(await bureau.GetAsync(Bureau + "?as_of=2023-07-15"));
        Assert.False(after.ContainsKey(unit), $"{unit} still listed after reporting {string.Join(", ", targets)}");
        Assert.Equal(before.Count - 1, after.Count);
    }

    [Fact]
    public async Task Unreported_EachEntryNamesTheTaskTheRequirementAndTheDateOwed_AndLinksToTheUnitsPage()
    {
        await using var server = await ApiServer.StartAsync(clock: Clock());
        await Submit(server, server.AdminKey, """{"figures":[{"target":"20.1","as_of":"2023-03-31","value":5}]}""");
        using var bureau = await SignedIn(server);

        var page = await bureau.GetAsync(Bureau + "?as_of=2023-07-15");

        var housing = UnitItem(page.Html, Housing);
        Assert.Contains($"<a href=\"{Bureau}/units/{Uri.EscapeDataString(Housing)}\" data-unit-view>", housing, StringComparison.Ordinal);
        // 20.1 has a figure for 31 March only: 未按期报送, owed for 30 June.
        Assert.Matches("<li data-target=\"20.1\" data-status=\"stale\">\\s*<span class=\"status-warn\">未按期报送</span>\\s*<span class=\"task\">任务20</span>\\s*告知承诺制办理事项比例：[^<]+<span class=\"owed-date\">（应报截至2023年6月30日的数据；现有数据截至2023年3月31日）</span>", housing);
        Assert.Contains("<span class=\"status-bad\">待报送</span>", housing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_ShowsTheApisHtmlReportInTheFrame()
    {
        await using var server = await ApiServer.StartAsync(clock: Clock());
        await Submit(server, server.AdminKey, """{"figures":[{"target":"20.1","as_of":"2023-06-30","value":10},{"target":"1.1","as_of":"2023-06-30","value":50}]}""");
        using var bureau = await SignedIn(server);

        var page = await bureau.GetAsync(Bureau + "/report?as_of=2023-06-30");
        var api = await server.Client.SendAsync(ApiServer.Get(Ledger + "/assessment?format=html&as_of=2023-06-30", server.AdminKey));
        var document = await api.Content.ReadAsStringAsync();

        // The page names its charts for screen readers (the standalone report does not): otherwise the same.
        var section = Regex.Replace(Section(page.Html, "report"), "(<svg id=\"(?:status-totals|area-chart)\"[^>]*role=\"img\") aria-label=\"[^\"]+\"", "$1");
        var body = document[(document.IndexOf("<body>", StringComparison.Ordinal) + "<body>".Length)..document.LastIndexOf("</body>", StringComparison.Ordinal)];
        Assert.Equal(Rows(body), Rows(section));
        Assert.True(Rows(section).Count > 400, "the report's target rows are missing");
        Assert.Equal(body.Trim(), section.Trim());
        Assert.Contains($"<link rel=\"stylesheet\" href=\"{Bureau}/report.css\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("<svg id=\"area-chart\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" viewBox=", page.Html, StringComparison.Ordinal);
        Assert.Matches("<svg id=\"area-chart\"[^>]*role=\"img\" aria-label=\"各指标任务状态\">", page.Html);
    }

    [Fact]
    public async Task ReportStyle_IsTheReportsStyleScopedToItsSection()
    {
        await using var server = await ApiServer.StartAsync(clock: Clock());
        using var bureau = await SignedIn(server);

        var css = await bureau.GetAsync(Bureau + "/report.css");

        Assert.Equal("text/css", css.MediaType);
        Assert.Equal("#report{" + Engine.Output.HtmlReportWriter.StyleSheet + "}", css.Html.Trim());
    }

    [Theory]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("csv", "text/csv")]
    [InlineData("html", "text/html")]
    public async Task Download_IsTheApisAnswerAsAnAttachment(string format, string mediaType)
    {
        await using var server = await ApiServer.StartAsync(clock: Clock());
        await Submit(server, server.AdminKey, """{"figures":[{"target":"20.1","as_of":"2023-06-30","value":10}]}""");
        using var bureau = await SignedIn(server);
        var overview = await bureau.GetAsync(Bureau + "?as_of=2023-06-30");
        var href = WebUtility.HtmlDecode(Regex.Match(overview.Html, $"<a href=\"([^\"]+)\" data-download=\"{format}\"").Groups[1].Value);
        Assert.Equal($"{Bureau}/download/{format}?as_of=2023-06-30", href);

        using var client = new HttpClient(new CookieForwarder(bureau, server.CreateHandler())) { BaseAddress = new Uri("http://localhost") };
        using var download = await client.GetAsync(new Uri(href, UriKind.Relative));
        using var api = await server.Client.SendAsync(ApiServer.Get($"{Ledger}/assessment?format={format}&as_of=2023-06-30", server.AdminKey));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(mediaType, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(api.Content.Headers.ContentType?.ToString(), download.Content.Headers.ContentType?.ToString());
        var disposition = download.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        Assert.EndsWith($"_2023-06-30.{format}", disposition?.FileNameStar, StringComparison.Ordinal);
        Assert.StartsWith("2023年湛江市优化营商环境行动工作任务台账（全台账）", disposition?.FileNameStar, StringComparison.Ordinal);
        var mine = await download.Content.ReadAsByteArrayAsync();
        var theirs = await api.Content.ReadAsByteArrayAsync();
        if (format == "xlsx")
        {
            Assert.Equal(Entries(theirs), Entries(mine));
        }
        else
        {
            Assert.Equal(theirs, mine);
        }
    }

    [Fact]
    public async Task Audit_ShowsASubmissionMadeThroughTheApi_NewestFirstInBeijingTime()
    {
        var clock = Clock();
        await using var server = await ApiServer.StartAsync(clock: clock);
        var key = server.AddKey(Housing);
        await Submit(server, key, """{"figures":[{"target":"20.1","as_of":"2023-06-30","value":10}]}""");
        clock.Advance(TimeSpan.FromMinutes(30));
        await Submit(server, key, """{"figures":[{"target":"20.1","as_of":"2023-06-30","value":12}]}""");
        using var bureau = await SignedIn(server);

        var page = await bureau.GetAsync(Bureau + "/audit");

        var rows = Regex.Matches(Section(page.Html, "audit", "table"), "<tr>\\s*<td[^>]*>([^<]*)</td>\\s*<td[^>]*>([^<]*)</td>\\s*<td[^>]*>([^<]*)</td>\\s*<td[^>]*>([^<]*)</td>")
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value)).ToList();
        Assert.Equal(
            [
                ("2023年7月15日 14:35", Housing, "报送", "报送数据1项：目标20.1截至2023年6月30日：12（原为10）"),
                ("2023年7月15日 14:05", Housing, "报送", "报送数据1项：目标20.1截至2023年6月30日：10"),
            ],
            rows);
        Assert.DoesNotContain("ek_", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_Withdrawal_SaysWhatWasWithdrawnWhyAndWhatIsInForce()
    {
        await using var server = await ApiServer.StartAsync(clock: Clock());
        var key = server.AddKey(Housing);
        await Submit(server, key, """{"figures":[{"target":"20.1","as_of":"2023-06-30","value":10}]}""");
        await Submit(server, key, """{"figures":[{"target":"20.1","as_of":"2023-06-30","value":12}]}""");
        using var history = await server.Client.SendAsync(ApiServer.Get(Ledger + "/figures?target=20.1", key));
        var id = Regex.Matches(await history.Content.ReadAsStringAsync(), "\"id\":(\\d+)").Last().Groups[1].Value;
        using var withdrawn = await server.Client.SendAsync(ApiServer.Post($"{Ledger}/figures/{id}/withdraw", """{"reason":"填错了"}""", key));
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        using var bureau = await SignedIn(server);

        var page = await bureau.GetAsync(Bureau + "/audit");

        Assert.Contains($"<td data-label=\"操作单位\">{Housing}</td>\n                        <td data-label=\"操作\">撤回</td>\n                        <td data-label=\"内容\">撤回目标20.1截至2023年6月30日的报送值12；原因：填错了；恢复为10</td>", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_LongTrail_IsPaged200ToAPage()
    {
        await using var server = await ApiServer.StartAsync(clock: Clock());
        var key = server.AddKey(Housing);
        for (var i = 0; i < 201; i++)
        {
            await Submit(server, key, $$"""{"figures":[{"target":"20.1","as_of":"2023-06-30","value":{{i}}}]}""");
        }

        using var bureau = await SignedIn(server);
        var first = await bureau.GetAsync(Bureau + "/audit");
        var second = await bureau.GetAsync(Bureau + "/audit?page=2");

        Assert.Equal(200, Regex.Count(Section(first.Html, "audit", "table"), "<tr>\\s*<td"));
        Assert.Contains($"<a href=\"{Bureau}/audit?page=2\" rel=\"next\">", first.Html, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(Section(second.Html, "audit", "table"), "<tr>\\s*<td"));
        // The oldest, on the last page: the first value, which corrected nothing.
        Assert.Contains("报送数据1项：目标20.1截至2023年6月30日：0</td>", Section(second.Html, "audit", "table"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_InEnglish_SpeaksEnglishAndKeepsTheLanguageInLinks()
    {
        await using var server = await ApiServer.StartAsync(clock: Clock());
        using var bureau = await SignedIn(server);

        var page = await bureau.GetAsync(Bureau + "?lang=en&as_of=2023-07-15");

        Assert.Contains("<html lang=\"en\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("Units that have not reported", page.Html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"lang\" value=\"en\">", Section(page.Html, "report-filter", "form"), StringComparison.Ordinal);
        Assert.Contains($"href=\"{Bureau}/report?as_of=2023-07-15&amp;lang=en\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("not reported</span>", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("待报送", page.Html, StringComparison.Ordinal);
        var report = await bureau.GetAsync(Bureau + "/report?lang=en&as_of=2023-07-15");
        Assert.Contains("Live report", report.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnitView_UnknownUnit_Is404_KnownUnitSeesItsPageReadOnly()
    {
        await using var server = await ApiServer.StartAsync(clock: Clock());
        await Submit(server, server.AddKey(Housing), """{"figures":[{"target":"20.1","as_of":"2023-03-31","value":5}]}""");
        using var bureau = await SignedIn(server);

        var unknown = await bureau.GetAsync(Bureau + "/units/" + Uri.EscapeDataString("市不存在局"));
        var known = await bureau.GetAsync(Bureau + "/units/" + Uri.EscapeDataString(Housing));
        // The bureau's link from the 未报送单位 list opens the same page.
        var linked = Regex.Match(UnitItem((await bureau.GetAsync(Bureau + "?as_of=2023-07-15")).Html, Housing), "<a href=\"([^\"]+)\" data-unit-view>").Groups[1].Value;

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(HttpStatusCode.OK, known.Status);
        Assert.Equal(Bureau + "/units/" + Uri.EscapeDataString(Housing), WebUtility.HtmlDecode(linked));
        // The unit's own page, its targets as the unit sees them (20.1 未按期报送 first), with no form to report or withdraw.
        Assert.Contains("<section id=\"due\"", known.Html, StringComparison.Ordinal);
        Assert.Matches("data-target=\"20.1\"[^>]*data-stale=\"true\"", Section(known.Html, "due"));
        Assert.Contains("<section id=\"tasks\"", known.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form id=\"report\"", known.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"withdraw\"", known.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"value-0\"", known.Html, StringComparison.Ordinal);
    }

    private static async Task<PortalVisitor> SignedIn(ApiServer server)
    {
        var visitor = new PortalVisitor(server);
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.SignInAsync(server.AdminKey)).Status);
        return visitor;
    }

    private static async Task Submit(ApiServer server, string key, string json)
    {
        using var response = await server.Client.SendAsync(ApiServer.Post(Ledger + "/figures", json, key));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK && body.Contains("\"rejected\":[]", StringComparison.Ordinal), body);
    }

    /// <summary>The 未报送单位 on a page: each unit with the targets it owes.</summary>
    private static Dictionary<string, List<string>> Owing(PortalAnswer page)
    {
        var section = Section(page.Html, "unreported");
        return UnitStart().Matches(section).ToDictionary(
            m => m.Groups[1].Value,
            m => TargetAttribute().Matches(UnitItem(section, m.Groups[1].Value)).Select(t => t.Groups[1].Value).ToList());
    }

    /// <summary>The list item of one unit in the 未报送单位 list.</summary>
    private static string UnitItem(string html, string unit)
    {
        var start = html.IndexOf($"<li data-unit=\"{unit}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{unit} is not in the list");
        var next = html.IndexOf("<li data-unit=", start + 1, StringComparison.Ordinal);
        return next < 0 ? html[start..] : html[start..next];
    }

    /// <summary>The inside of the element with this id, elements of the same name nested in it included.</summary>
    private static string Section(string html, string id, string element = "section")
    {
        var open = Regex.Match(html, $"<{element} id=\"{id}\"[^>]*>");
        Assert.True(open.Success, $"no {element}#{id}");
        var start = open.Index + open.Length;
        var depth = 1;
        foreach (Match tag in Regex.Matches(html[start..], $"<(/?){element}[\\s>]"))
        {
            depth += tag.Groups[1].Value.Length == 0 ? 1 : -1;
            if (depth == 0)
            {
                return html[start..(start + tag.Index)];
            }
        }

        throw new InvalidOperationException($"{element}#{id} is not closed");
    }

    private static List<string> Rows(string html) => [.. Regex.Matches(html, "<tr>.*?</tr>", RegexOptions.Singleline).Select(m => m.Value)];

    /// <summary>A workbook's parts, the relationship ids (random in every workbook made, the API's too) left out.</summary>
    private static Dictionary<string, string> Entries(byte[] xlsx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open());
            return Regex.Replace(reader.ReadToEnd(), "\"R[0-9a-f]{16}\"", "\"R\"");
        });
    }

    [GeneratedRegex("<li data-unit=\"([^\"]+)\">")]
    private static partial Regex UnitStart();

    [GeneratedRegex("<li data-target=\"([^\"]+)\"")]
    private static partial Regex TargetAttribute();

    /// <summary>Sends the visitor's cookies with a plain client's requests (a download is not a page the visitor keeps).</summary>
    private sealed class CookieForwarder(PortalVisitor visitor, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("Cookie", string.Join("; ", visitor.Cookies.Select(c => $"{c.Name}={c.Value}")));
            return base.SendAsync(request, cancellationToken);
        }
    }
}
