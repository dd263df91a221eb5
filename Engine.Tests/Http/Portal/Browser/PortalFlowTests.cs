using PuppeteerSharp;
using static Engine.Tests.Http.Portal.Browser.ReportingScenario;

namespace Engine.Tests.Http.Portal.Browser;

/// <summary>
/// Issue 20 end to end in Debian's Chromium, against the pages' DOM contract: a unit signs in with its key, sees only
/// its tasks, reports three figures of which one is refused, and the bureau sees it leave the 未报送 list.
/// </summary>
[Collection(PortalBrowser.Collection)]
public sealed class PortalFlowTests
{
    private static readonly string Unreported = $"section#unreported li[data-unit=\"{UnitName}\"]";

    [SkippableFact]
    public async Task UnitReports_ThreeFiguresOneRefused_SeesOnlyItsTasksTheRefusalBesideItsFieldTheNewStatusAndLeavesTheUnreportedList()
    {
        Assert.Equal(2, Led.Count);
        await using var browser = await PortalBrowser.LaunchAsync();
        await using var server = await LiveApiServer.StartAsync(Clock());

        // The bureau, in a browser of its own, sees the unit among those that have not reported.
        var bureau = await browser.OpenAsync();
        await bureau.SignInAsync(server, server.AdminKey);
        Assert.Equal($"{PortalSteps.Ledger}/bureau", bureau.Path());
        Assert.Equal(1, await bureau.CountAsync(Unreported));

        var unit = await browser.OpenAsync();
        await unit.SignInAsync(server, server.AddKey(UnitName));
        Assert.Equal($"{PortalSteps.Ledger}/unit", unit.Path());
        Assert.Equal(Own.Select(t => t.Id).Order(StringComparer.Ordinal), (await unit.AttributesAsync("[data-target]", "data-target")).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(Own.Select(t => t.Id).Order(StringComparer.Ordinal), (await unit.AttributesAsync("form#report fieldset[data-target]", "data-target")).Order(StringComparer.Ordinal));
        foreach (var target in Led)
        {
            Assert.Equal(["no_data"], await StatusesAsync(unit, target.Id));
        }

        await FillAsync(unit);
        await unit.ClickAndWaitAsync("button#submit-figures");

        // The refusal is beside its field, in Chinese, and the field points to it; the other two were stored. The
        // form is drawn again (what is due first), so the refused row's n is read from the new form.
        var refused = await unit.FieldIndexAsync(Refused.Id);
        Assert.Equal(LateDate, await unit.ValueAsync($"input[name=\"as_of-{refused}\"]"));
        var error = $"form#report fieldset[data-target=\"{Refused.Id}\"] p#as_of-{refused}-error";
        var message = await unit.TextAsync(error);
        Assert.True(message is not null, $"no {error} after the submission: {await unit.TextAsync("main")}");
        Assert.Contains("晚于", message, StringComparison.Ordinal);
        Assert.Equal("true", await unit.AttributeAsync($"input[name=\"as_of-{refused}\"]", "aria-invalid"));
        Assert.Contains($"as_of-{refused}-error", await unit.AttributeAsync($"input[name=\"as_of-{refused}\"]", "aria-describedby") ?? "", StringComparison.Ordinal);
        Assert.Equal(1, await unit.CountAsync("section#result"));
        Assert.Equal(Led.Count, await unit.CountAsync("section#history tr[data-figure-id]"));
        foreach (var target in Led)
        {
            var statuses = await StatusesAsync(unit, target.Id);
            Assert.NotEmpty(statuses);
            Assert.DoesNotContain("no_data", statuses);
        }

        // Having reported every target it leads, the unit owes nothing and leaves the bureau's list.
        await bureau.ReloadAsync();
        Assert.Equal(0, await bureau.CountAsync(Unreported));
    }

    [SkippableFact]
    public async Task BureauOpensAUnitsPage_FromTheUnreportedList_SeesWhatTheUnitSeesWithoutItsForm()
    {
        await using var browser = await PortalBrowser.LaunchAsync();
        await using var server = await LiveApiServer.StartAsync(Clock());
        var bureau = await browser.OpenAsync();
        await bureau.SignInAsync(server, server.AdminKey);

        await bureau.ClickAndWaitAsync($"{Unreported} a[data-unit-view]");

        Assert.Equal(Own.Select(t => t.Id).Order(StringComparer.Ordinal), (await bureau.AttributesAsync("[data-target]", "data-target")).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(0, await bureau.CountAsync("form#report, button#submit-figures, form.withdraw"));
    }

    [SkippableFact]
    public async Task SignOut_FromTheUnitsPage_EndsTheSessionAndTheUnitPageAsksToSignInAgain()
    {
        await using var browser = await PortalBrowser.LaunchAsync();
        await using var server = await LiveApiServer.StartAsync(Clock());
        var page = await browser.OpenAsync(PortalBrowser.Phone);
        await page.SignInAsync(server, server.AddKey(UnitName));
        Assert.Equal($"{PortalSteps.Ledger}/unit", page.Path());

        await page.ClickAndWaitAsync("form[action='/portal/sign-out'] button[type=submit]");

        Assert.Equal("/portal/sign-in", page.Path());
        Assert.Equal(1, await page.CountAsync("input#key[name=key]"));
        await page.GoToAsync(server.Url($"{PortalSteps.Ledger}/unit"));
        Assert.Equal("/portal/sign-in", page.Path());
    }

    [SkippableFact]
    public async Task WithJavaScriptOff_SignInAndSubmission_WorkTheSame()
    {
        await using var browser = await PortalBrowser.LaunchAsync();
        await using var server = await LiveApiServer.StartAsync(Clock());
        var unit = await browser.OpenAsync(PortalBrowser.Phone, javaScript: false);
        Assert.False(await unit.EvaluateExpressionAsync<bool>("document.scripts.length > 0"), "the pages carry no script");

        await unit.SignInAsync(server, server.AddKey(UnitName));
        Assert.Equal($"{PortalSteps.Ledger}/unit", unit.Path());
        await FillAsync(unit);
        await unit.ClickAndWaitAsync("button#submit-figures");

        var refused = await unit.FieldIndexAsync(Refused.Id);
        var message = await unit.TextAsync($"p#as_of-{refused}-error");
        Assert.True(message is not null, $"no p#as_of-{refused}-error after the submission: {await unit.TextAsync("main")}");
        Assert.Contains("晚于", message, StringComparison.Ordinal);
        Assert.Equal(Led.Count, await unit.CountAsync("section#history tr[data-figure-id]"));
        foreach (var target in Led)
        {
            Assert.DoesNotContain("no_data", await StatusesAsync(unit, target.Id));
        }
    }

    /// <summary>
    /// Fills the report form as the unit would: the plain value for each target it leads (the date left at its
    /// default, the last cycle end), and for the refused target a value with a date the intake refuses.
    /// </summary>
    internal static async Task FillAsync(IPage page)
    {
        foreach (var target in Led)
        {
            var n = await page.FieldIndexAsync(target.Id);
            Assert.Equal(LastCycleEnd, await page.ValueAsync($"input[name=\"as_of-{n}\"]"));
            await page.RetypeAsync($"input[name=\"value-{n}\"]", Value);
        }

        var refused = await page.FieldIndexAsync(Refused.Id);
        await page.RetypeAsync($"input[name=\"value-{refused}\"]", "5");
        await page.SetDateAsync($"input[name=\"as_of-{refused}\"]", LateDate);
    }

    /// <summary>The data-status of every row or card showing the target (in any section of the page).</summary>
    private static async Task<IReadOnlyList<string?>> StatusesAsync(IPage page, string targetId) =>
        await page.AttributesAsync($"[data-target=\"{targetId}\"][data-status]", "data-status");
}
