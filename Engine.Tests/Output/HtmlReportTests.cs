using System.Diagnostics;
using Engine.Tests.Support;

namespace Engine.Tests.Output;

public class HtmlReportTests
{
    private static string Report(string folder, string lang = "zh")
    {
        var path = Path.Combine(folder, "report.html");
        var r = Support.Cli.Run("evaluate", "--format", "html", "--out", path, "--lang", lang);
        Assert.Equal(0, r.Exit);
        return path;
    }

    [Fact]
    public void Html_IsSelfContained_WithChartsLeagueTableAndLaggingList()
    {
        using var folder = new TempFolder();
        var html = File.ReadAllText(Report(folder.Path));
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.Contains("<svg id=\"status-totals\"", html, StringComparison.Ordinal);
        Assert.Contains("<svg id=\"area-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("<table id=\"lead-units\"", html, StringComparison.Ordinal);
        Assert.Contains("低于序时进度", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_UnitsTable_LeagueTableAndLaggingListUseCanonicalNames()
    {
        var result = AliasedUnitsLedger.Assessed();
        using var text = new StringWriter();
        Engine.Output.HtmlReportWriter.Write(result, text);
        var html = text.ToString();
        var table = Between(html, "<table id=\"lead-units\"", "</table>");
        var rows = table.Split("<tr><td>")[1..].Select(r => r[..r.IndexOf("</td>", StringComparison.Ordinal)]).ToList();

        // One row per unit: tasks 1 and 2 under 市市场监督管理局, task 3 once under 市民政局 though it names it twice.
        // 市乙局 reported nothing: its one task is 待报送, so it ranks first (100%), not among the best.
        Assert.Equal(["市乙局", "市民政局", "市市场监督管理局"], rows);
        Assert.Matches("<tr><td>市乙局</td>.*<td class=\"num\">1</td><td class=\"num\">100%</td></tr>", table);
        Assert.Matches("<tr><td>市市场监督管理局</td>.*<td class=\"num\">2</td><td class=\"num\">50%</td></tr>", table);
        Assert.DoesNotContain("市市场监管局", table, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>民政局", table, StringComparison.Ordinal);

        var lagging = Between(html, "<section class=\"problems\">", "</section>");
        Assert.Contains("<h5>市市场监督管理局（1）</h5>", lagging, StringComparison.Ordinal);
        Assert.Contains("<h5>市民政局（1）</h5>", lagging, StringComparison.Ordinal);
        Assert.DoesNotContain("市市场监管局", lagging, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_StaleTasks_AreCountedInTheTotalsAndTheLeagueTableAndMarkedInTheLists()
    {
        using var text = new StringWriter();
        Engine.Output.HtmlReportWriter.Write(StaleFiguresLedger.Assessed(), text);
        var html = text.ToString();

        Assert.Contains("<div class=\"card stale\" id=\"stale-total\"><div class=\"n\">1</div><div>未按期报送</div></div>", html, StringComparison.Ordinal);
        var table = Between(html, "<table id=\"lead-units\"", "</table>");
        Assert.Contains("<th>未按期报送</th><th>合计</th>", table, StringComparison.Ordinal);
        Assert.Matches("<tr><td>市甲局</td>.*<td class=\"num stale\">1</td><td class=\"num\">2</td>", table);
        Assert.Matches("<tr><td>市乙局</td>.*<td class=\"num zero\">0</td><td class=\"num\">1</td>", table);
        var lagging = Between(html, "<section class=\"problems\">", "</section>");
        Assert.Contains("<span class=\"stale-mark\">未按期报送</span>", lagging, StringComparison.Ordinal);
        Assert.Contains("融资对接会场数数据截至2023年3月31日，未按期报送", lagging, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_InEnglish_ShowsStatusesAndAlertsInEnglishWords()
    {
        using var text = new StringWriter();
        Engine.Output.HtmlReportWriter.Write(StaleFiguresLedger.Assessed(), text, Rules.Ledgers.Language.En);
        var html = text.ToString();
        Assert.Contains("<th>on track</th>", html, StringComparison.Ordinal);
        Assert.Contains("report overdue", html, StringComparison.Ordinal);
        Assert.DoesNotContain("进度滞后", html, StringComparison.Ordinal);
        Assert.DoesNotContain("未按期报送", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_LedgerWithoutReportingCycle_HasNoStaleColumn()
    {
        using var text = new StringWriter();
        Engine.Output.HtmlReportWriter.Write(AliasedUnitsLedger.Assessed(), text);
        Assert.DoesNotContain("未按期报送", text.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Renders the report in headless Chromium (installed by .ci/run; skipped without it unless CI is set) and checks what a person would see.</summary>
    [SkippableFact]
    public void Html_RenderedInChromium_ShowsChartsAndTheLaggingList()
    {
        var chromium = ExternalProgram.Require("Chromium not installed (apt-get install chromium)", "/usr/bin/chromium", "/usr/bin/chromium-browser");
        using var folder = new TempFolder();
        var report = Report(folder.Path);
        var dom = RunChromium(chromium, folder.Path, "--dump-dom", "file://" + report);
        Assert.Contains("id=\"area-chart\"", dom, StringComparison.Ordinal);
        Assert.Equal(19, CountAreaRows(dom));
        Assert.Contains("class=\"task\" data-status=\"lagging\"", dom, StringComparison.Ordinal);

        var screenshot = Path.Combine(folder.Path, "report.png");
        RunChromium(chromium, folder.Path, $"--screenshot={screenshot}", "--window-size=1200,1600", "file://" + report);
        var png = File.ReadAllBytes(screenshot);
        Assert.True(png.Length > 20_000, $"screenshot is only {png.Length} bytes");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        var docs = Path.Combine(BundledPaths.Root, "docs", "report.png");
        if (Environment.GetEnvironmentVariable("ENGINE_UPDATE_SCREENSHOT") == "1")
        {
            File.Copy(screenshot, docs, overwrite: true);
        }
    }

    /// <summary>On a 390 px phone every chart fits the screen and only the wide tables scroll, inside their own box.</summary>
    [SkippableFact]
    public void Html_AtPhoneWidthInChromium_NoChartIsWiderThanTheScreen()
    {
        var chromium = ExternalProgram.Require("Chromium not installed (apt-get install chromium)", "/usr/bin/chromium", "/usr/bin/chromium-browser");
        using var folder = new TempFolder();
        var report = File.ReadAllText(Report(folder.Path));
        // Headless Chromium will not make a window narrower than 500 px, so the report is laid out in a 390 px frame;
        // the report has no script of its own, and this one, added for the test only, measures what the frame shows.
        const string measure = """
            <script>document.getElementById('phone').addEventListener('load', () => {
              const frame = document.getElementById('phone');
              const doc = frame.contentDocument;
              const w = frame.contentWindow.innerWidth;
              const charts = [...doc.querySelectorAll('svg.chart')].map(c => Math.ceil(c.getBoundingClientRect().width));
              const scroll = doc.scrollingElement.scrollWidth;
              const boxed = [...doc.querySelectorAll('#lead-units')].every(t => t.closest('.scroll') !== null);
              const out = document.createElement('pre'); out.id = 'measured';
              out.textContent = JSON.stringify({ w, charts, scroll, boxed });
              document.body.appendChild(out);
            });</script>
            """;
        var measured = Path.Combine(folder.Path, "phone.html");
        File.WriteAllText(measured, $"<!DOCTYPE html><html><body style=\"margin:0\"><iframe id=\"phone\" style=\"width:390px;height:844px;border:0\" srcdoc=\"{System.Net.WebUtility.HtmlEncode(report)}\"></iframe>{measure}</body></html>");
        var dom = RunChromium(chromium, folder.Path, "--window-size=800,900", "--virtual-time-budget=5000", "--dump-dom", "file://" + measured);

        var json = System.Text.RegularExpressions.Regex.Match(dom, "<pre id=\"measured\">(.*?)</pre>").Groups[1].Value;
        var m = Newtonsoft.Json.Linq.JObject.Parse(System.Net.WebUtility.HtmlDecode(json));
        var width = (int)m["w"]!;
        Assert.Equal(390, width);
        var charts = m["charts"]!.Select(c => (int)c).ToList();
        Assert.Equal(2, charts.Count);
        Assert.All(charts, c => Assert.InRange(c, 1, width));
        Assert.True((int)m["scroll"]! <= width, $"the page scrolls sideways: {m["scroll"]} px wide at {width} px");
        Assert.True((bool)m["boxed"]!);
    }

    /// <summary>Under the API's Content-Security-Policy the report keeps its styles: the policy allows its style block.</summary>
    [SkippableFact]
    public void Html_UnderTheApisContentSecurityPolicyInChromium_KeepsItsStatusColours()
    {
        var chromium = ExternalProgram.Require("Chromium not installed (apt-get install chromium)", "/usr/bin/chromium", "/usr/bin/chromium-browser");
        using var folder = new TempFolder();
        var report = File.ReadAllText(Report(folder.Path)).Replace("<head>", $"<head><meta http-equiv=\"Content-Security-Policy\" content=\"{Engine.Http.SecurityHeaders.HtmlPolicy}\">", StringComparison.Ordinal);
        const string measure = """
            <script>document.getElementById('page').addEventListener('load', () => {
              const doc = document.getElementById('page').contentDocument;
              const badge = getComputedStyle(doc.querySelector('.badge')).backgroundColor;
              const card = getComputedStyle(doc.querySelector('.card')).borderLeftWidth;
              const out = document.createElement('pre'); out.id = 'measured';
              out.textContent = JSON.stringify({ badge, card });
              document.body.appendChild(out);
            });</script>
            """;
        var page = Path.Combine(folder.Path, "csp.html");
        File.WriteAllText(page, $"<!DOCTYPE html><html><body><iframe id=\"page\" srcdoc=\"{System.Net.WebUtility.HtmlEncode(report)}\"></iframe>{measure}</body></html>");
        var dom = RunChromium(chromium, folder.Path, "--window-size=800,900", "--virtual-time-budget=5000", "--dump-dom", "file://" + page);

        var json = System.Text.RegularExpressions.Regex.Match(dom, "<pre id=\"measured\">(.*?)</pre>").Groups[1].Value;
        var m = Newtonsoft.Json.Linq.JObject.Parse(System.Net.WebUtility.HtmlDecode(json));
        Assert.NotEqual("rgba(0, 0, 0, 0)", (string?)m["badge"]);
        Assert.Equal("6px", (string?)m["card"]);
    }

    /// <summary>The part of the page from the first <paramref name="start"/> to the next <paramref name="end"/>.</summary>
    private static string Between(string html, string start, string end)
    {
        var from = html[html.IndexOf(start, StringComparison.Ordinal)..];
        return from[..from.IndexOf(end, StringComparison.Ordinal)];
    }

    private static int CountAreaRows(string dom)
    {
        var start = dom.IndexOf("id=\"area-chart\"", StringComparison.Ordinal);
        var end = dom.IndexOf("</svg>", start, StringComparison.Ordinal);
        return CountOccurrences(dom[start..end], "text-anchor=\"end\"");
    }

    private static int CountOccurrences(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string RunChromium(string chromium, string folder, params string[] args)
    {
        var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", $"--user-data-dir={Path.Combine(folder, "chromium-profile")}" }.Concat(args))
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(90)), "chromium did not finish in 90 s");
        return output.Result;
    }
}
