using PuppeteerSharp;
using static Engine.Tests.Http.Portal.Browser.ReportingScenario;

namespace Engine.Tests.Http.Portal.Browser;

/// <summary>
/// axe-core (from npm, see package.json here) on every page at a phone's width (390 px) and a desktop's (1280 px):
/// no serious or critical violation.
/// </summary>
[Collection(PortalBrowser.Collection)]
public sealed class PortalAccessibilityTests
{
    private static readonly int[] Widths = [PortalBrowser.Phone, PortalBrowser.Desktop];

    [SkippableFact]
    public async Task SignInPage_EmptyAndWithItsError_HasNoSeriousViolations()
    {
        var axe = AxeCheck.Source();
        await using var browser = await PortalBrowser.LaunchAsync();
        await using var server = await LiveApiServer.StartAsync(Clock());
        var page = await browser.OpenAsync();
        await page.GoToAsync(server.Url("/portal/sign-in"));
        await CheckAsync(page, axe, "the sign-in page");

        await page.SignInAsync(server, "ek_00000000_wrong");
        Assert.Equal(1, await page.CountAsync("#key-error"));
        await CheckAsync(page, axe, "the sign-in page with its error");

        await page.GoToAsync(server.Url("/portal/sign-in?lang=en"));
        await CheckAsync(page, axe, "the English sign-in page");
    }

    [SkippableFact]
    public async Task UnitPage_BeforeAndAfterASubmissionWithARefusal_HasNoSeriousViolations()
    {
        var axe = AxeCheck.Source();
        await using var browser = await PortalBrowser.LaunchAsync();
        await using var server = await LiveApiServer.StartAsync(Clock());
        var page = await browser.OpenAsync();
        await page.SignInAsync(server, server.AddKey(UnitName));
        await CheckAsync(page, axe, "the unit's page");

        await PortalFlowTests.FillAsync(page);
        await page.ClickAndWaitAsync("button#submit-figures");
        Assert.NotEqual(0, await page.CountAsync("p.error[role=alert]"));
        await CheckAsync(page, axe, "the unit's page after a submission with a refused row");
    }

    [SkippableFact]
    public async Task BureauOverviewReportUnitViewAndAuditPages_HaveNoSeriousViolations()
    {
        var axe = AxeCheck.Source();
        await using var browser = await PortalBrowser.LaunchAsync();
        await using var server = await LiveApiServer.StartAsync(Clock());
        // A submission first, with a refused row, so the audit trail and the lists have rows to check.
        var unit = await browser.OpenAsync();
        await unit.SignInAsync(server, server.AddKey(UnitName));
        await PortalFlowTests.FillAsync(unit);
        await unit.ClickAndWaitAsync("button#submit-figures");

        var page = await browser.OpenAsync();
        await page.SignInAsync(server, server.AdminKey);
        Assert.Equal(["csv", "html", "xlsx"], (await page.AttributesAsync("a[data-download]", "data-download")).Order(StringComparer.Ordinal));
        await CheckAsync(page, axe, "the bureau's page");

        var overview = page.Url;
        await page.GoToAsync(server.Url($"{PortalSteps.Ledger}/bureau/report"));
        Assert.Equal(1, await page.CountAsync("section#report"));
        await CheckAsync(page, axe, "the live report page");

        await page.GoToAsync(overview);
        await page.ClickAndWaitAsync("section#unreported li[data-unit] a[data-unit-view]");
        Assert.NotEqual(0, await page.CountAsync("[data-target]"));
        await CheckAsync(page, axe, "a unit's page as the bureau sees it");

        await page.GoToAsync(server.Url($"{PortalSteps.Ledger}/bureau/audit"));
        Assert.Equal(1, await page.CountAsync("table#audit"));
        await CheckAsync(page, axe, "the audit page");
    }

    /// <summary>The check itself: a page with an unlabelled field and no language fails it, naming rule, impact and element.</summary>
    [SkippableFact]
    public async Task AxeCheck_PageWithAnUnlabelledField_FailsNamingTheRuleAndTheElement()
    {
        var axe = AxeCheck.Source();
        await using var browser = await PortalBrowser.LaunchAsync();
        var page = await browser.OpenAsync();
        await page.SetContentAsync("<!DOCTYPE html><html><head><title>t</title></head><body><main><input id=\"bare\" type=\"text\"></main></body></html>");

        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => AxeCheck.AssertNoSeriousViolationsAsync(page, axe, "a bad page"));

        Assert.Contains("label [critical]", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#bare", failure.Message, StringComparison.Ordinal);
    }

    private static async Task CheckAsync(IPage page, string axe, string what)
    {
        foreach (var width in Widths)
        {
            await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 900 });
            await AxeCheck.AssertNoSeriousViolationsAsync(page, axe, what);
        }
    }
}
