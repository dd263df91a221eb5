using Engine.Tests.Support;
using PuppeteerSharp;

namespace Engine.Tests.Http.Portal.Browser;

/// <summary>
/// Debian's Chromium driven over the DevTools protocol (PuppeteerSharp), at the installed executable: nothing here
/// fetches a browser (no BrowserFetcher; a missing executable skips the test, or fails it under CI). Each
/// <see cref="OpenAsync"/> is a new browser context, so the unit and the bureau keep separate cookies.
/// </summary>
internal sealed class PortalBrowser : IAsyncDisposable
{
    public const int Phone = 390;
    public const int Desktop = 1280;

    /// <summary>The browser test classes run one after another: each starts a Chromium and a server, and two cores are shared.</summary>
    public const string Collection = "browser";

    private readonly TempFolder _profile;
    private readonly IBrowser _browser;

    private PortalBrowser(IBrowser browser, TempFolder profile)
    {
        _browser = browser;
        _profile = profile;
    }

    /// <summary>The installed Chromium, or a skip (a failure under CI) saying how to install it.</summary>
    public static string Executable() =>
        ExternalProgram.Require("Chromium not installed (apt-get install chromium)", "/usr/bin/chromium", "/usr/bin/chromium-browser");

    public static async Task<PortalBrowser> LaunchAsync()
    {
        var executable = Executable();
        var profile = new TempFolder();
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            UserDataDir = profile.Path,
            Timeout = 60_000,
            // Root in a container has no sandbox; the rest keeps the browser from calling home while tested.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=zh-CN"],
        });
        return new PortalBrowser(browser, profile);
    }

    /// <summary>A fresh context (its own cookies) and a page in it, <paramref name="width"/> px wide.</summary>
    public async Task<IPage> OpenAsync(int width = Desktop, bool javaScript = true)
    {
        var context = await _browser.CreateBrowserContextAsync();
        var page = await context.NewPageAsync();
        // A loaded two-core machine renders slowly; the default 30 s has been seen to be too short.
        page.DefaultTimeout = 90_000;
        page.DefaultNavigationTimeout = 90_000;
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = width == Phone ? 844 : 900 });
        await page.SetJavaScriptEnabledAsync(javaScript);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        await _browser.DisposeAsync();
        _profile.Dispose();
    }
}
