using PuppeteerSharp;

namespace Engine.Tests.Http.Portal.Browser;

/// <summary>What a person does on the pages, as browser steps, and what the tests read back from the DOM contract.</summary>
internal static class PortalSteps
{
    public const string Ledger = "/portal/ledgers/zhanjiang-2023";

    /// <summary>Opens the sign-in page, types the key into #key and presses the button, as a person signs in.</summary>
    public static async Task SignInAsync(this IPage page, LiveApiServer server, string key, string lang = "zh")
    {
        await page.GoToAsync(server.Url(lang == "en" ? "/portal/sign-in?lang=en" : "/portal/sign-in"));
        await page.TypeAsync("#key", key);
        await page.ClickAndWaitAsync("form[action='/portal/sign-in'] button[type=submit]");
    }

    /// <summary>Presses a button or link and waits for the page it leads to (a form post and its redirect).</summary>
    public static async Task ClickAndWaitAsync(this IPage page, string selector)
    {
        var navigation = page.WaitForNavigationAsync();
        await page.ClickAsync(selector);
        await navigation;
    }

    /// <summary>The path of the page shown now.</summary>
    public static string Path(this IPage page) => new Uri(page.Url).AbsolutePath;

    public static Task<int> CountAsync(this IPage page, string selector) =>
        page.EvaluateFunctionAsync<int>("s => document.querySelectorAll(s).length", selector);

    /// <summary>The attribute of every element the selector finds (null where it is absent), in document order.</summary>
    public static async Task<IReadOnlyList<string?>> AttributesAsync(this IPage page, string selector, string attribute) =>
        await page.EvaluateFunctionAsync<string?[]>("(s, a) => Array.from(document.querySelectorAll(s), e => e.getAttribute(a))", selector, attribute);

    /// <summary>The first match's attribute, or null when nothing matches or it has none.</summary>
    public static Task<string?> AttributeAsync(this IPage page, string selector, string attribute) =>
        page.EvaluateFunctionAsync<string?>("(s, a) => document.querySelector(s)?.getAttribute(a) ?? null", selector, attribute);

    /// <summary>The first match's text as shown, or null when nothing matches.</summary>
    public static Task<string?> TextAsync(this IPage page, string selector) =>
        page.EvaluateFunctionAsync<string?>("s => document.querySelector(s)?.textContent.trim() ?? null", selector);

    /// <summary>A form field's current value (what a submission would send), or null when nothing matches.</summary>
    public static Task<string?> ValueAsync(this IPage page, string selector) =>
        page.EvaluateFunctionAsync<string?>("s => document.querySelector(s)?.value ?? null", selector);

    /// <summary>Replaces what a text field holds with <paramref name="text"/>, typed key by key as a person would.</summary>
    public static async Task RetypeAsync(this IPage page, string selector, string text)
    {
        await page.ClickAsync(selector, new PuppeteerSharp.Input.ClickOptions { Count = 3 });
        await page.Keyboard.PressAsync("Backspace");
        await page.TypeAsync(selector, text);
    }

    /// <summary>
    /// Sets a date field. A date input is typed segment by segment in the browser's locale order, so its value is set
    /// as the date picker would set it (through the DevTools protocol, which also works with the page's JavaScript off).
    /// </summary>
    public static Task SetDateAsync(this IPage page, string selector, string isoDate) =>
        page.EvaluateFunctionAsync("(s, v) => { document.querySelector(s).value = v; }", selector, isoDate);

    /// <summary>The form index n of a target's fieldset in form#report (its hidden <c>target-n</c> field names it).</summary>
    public static async Task<int> FieldIndexAsync(this IPage page, string targetId)
    {
        var name = await page.AttributeAsync($"form#report fieldset[data-target=\"{targetId}\"] input[type=hidden][name^=\"target-\"]", "name");
        Assert.True(name is not null, $"form#report has no fieldset[data-target=\"{targetId}\"] with a hidden target-n field ({page.Url})");
        return int.Parse(name!["target-".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }
}
