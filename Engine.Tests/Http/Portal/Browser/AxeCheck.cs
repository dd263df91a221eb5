using System.Text.Json;
using Engine.Tests.Support;
using PuppeteerSharp;

namespace Engine.Tests.Http.Portal.Browser;

/// <summary>
/// axe-core, from npm (pinned in this folder's package.json; <c>npm ci</c> here puts it in node_modules, which is
/// not committed), run on the page the browser shows. No serious or critical violation may remain.
/// </summary>
internal static class AxeCheck
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Folder => Path.Combine(BundledPaths.Root, "Engine.Tests", "Http", "Portal", "Browser");

    /// <summary>axe-core's script from the test's own files, or a skip (a failure under CI) saying how to get it.</summary>
    public static string Source() =>
        File.ReadAllText(ExternalProgram.Require(
            $"axe-core is not installed: run 'npm ci' in {Folder}",
            Path.Combine(Folder, "node_modules", "axe-core", "axe.min.js")));

    /// <summary>Runs axe on the page as it is now and fails with every serious or critical violation (id, impact, where).</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string axe, string what)
    {
        var violations = await RunAsync(page, axe);
        var serious = violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe-core on {what} ({page.Url}, {page.Viewport.Width} px) found {serious.Count} serious or critical violation(s):\n"
            + string.Join("\n", serious.Select(v => $"  {v.Id} [{v.Impact}] {v.Help}: {string.Join(" | ", v.Targets)}")));
    }

    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page, string axe)
    {
        // The pages' CSP allows no script at all, so axe cannot come in as a <script> element. It is evaluated through
        // the DevTools protocol instead, which the page's CSP does not govern; the page is not given a CSP bypass,
        // so axe sees it exactly as a user's browser renders it (a blocked inline style stays blocked).
        await page.EvaluateExpressionAsync(axe);
        var json = await page.EvaluateFunctionAsync<string>(
            """
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return JSON.stringify(result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) })));
            }
            """);
        return JsonSerializer.Deserialize<List<AxeViolation>>(json, Json) ?? [];
    }
}

/// <summary>One rule axe found broken, and the elements where.</summary>
internal sealed record AxeViolation(string Id, string? Impact, string Help, IReadOnlyList<string> Targets);
