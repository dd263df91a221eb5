using System.Buffers.Binary;
using PuppeteerSharp;
using static Engine.Tests.Http.Portal.Browser.ReportingScenario;

namespace Engine.Tests.Http.Portal.Browser;

/// <summary>
/// The pages as a person sees them, at 390 px (a phone) and 1280 px (a desktop), full page: nothing is wider than the
/// screen. With ENGINE_SCREENSHOTS set to a folder (README's are made with ENGINE_SCREENSHOTS=docs/screenshots, from
/// the repository root) the PNGs are written there; otherwise to a temporary folder that is removed.
/// </summary>
[Collection(PortalBrowser.Collection)]
public sealed class PortalScreenshotTests
{
    // A full-page shot is cut at this height: README needs the top of a page, and a PNG of a few hundred KB at most.
    private const int MostHeight = 2400;

    [SkippableFact]
    public async Task Pages_AtPhoneAndDesktopWidths_FitTheScreenAndAreShot()
    {
        await using var browser = await PortalBrowser.LaunchAsync();
        await using var server = await LiveApiServer.StartAsync(Clock());
        using var temp = new Support.TempFolder();
        var folder = Environment.GetEnvironmentVariable("ENGINE_SCREENSHOTS") is { Length: > 0 } asked
            ? Path.GetFullPath(asked, Support.BundledPaths.Root)
            : temp.Path;
        Directory.CreateDirectory(folder);
        var unitKey = server.AddKey(UnitName);

        foreach (var width in new[] { PortalBrowser.Phone, PortalBrowser.Desktop })
        {
            var page = await browser.OpenAsync(width);
            await page.GoToAsync(server.Url("/portal/sign-in"));
            await ShootAsync(page, folder, $"sign-in-{width}.png");

            await page.SignInAsync(server, unitKey);
            await PortalFlowTests.FillAsync(page);
            await page.ClickAndWaitAsync("button#submit-figures");
            await ShootAsync(page, folder, $"unit-{width}.png");

            var bureau = await browser.OpenAsync(width);
            await bureau.SignInAsync(server, server.AdminKey);
            await ShootAsync(bureau, folder, $"bureau-{width}.png");
        }
    }

    private static async Task ShootAsync(IPage page, string folder, string name)
    {
        var width = page.Viewport.Width;
        var wide = await page.EvaluateExpressionAsync<int>("document.documentElement.scrollWidth");
        Assert.True(wide <= width, $"{page.Url} at {width} px is {wide} px wide: a reader has to scroll sideways");

        // The window is made as tall as what is shot (up to MostHeight), so the page's sticky submit bar sits at the
        // bottom of the picture as it sits at the bottom of a screen, not over the middle of a stitched full page.
        var height = Math.Min(await page.EvaluateExpressionAsync<int>("document.documentElement.scrollHeight"), MostHeight);
        var viewport = page.Viewport;
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height });
        var path = Path.Combine(folder, name);
        await page.ScreenshotAsync(path);
        await page.SetViewportAsync(viewport);

        // A PNG's IHDR holds its width at byte 16: the shot is of the page at the width asked for.
        var png = await File.ReadAllBytesAsync(path);
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.True(png.Length < 400_000, $"{name} is {png.Length:N0} bytes: README's images stay small");
    }
}
