using System.Diagnostics.Metrics;
using System.Net;
using Engine.Http.Access;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Http.Access;

/// <summary>Authenticate, then find the ledger, then authorise; every refusal logged and counted; rate limits.</summary>
public class OrderOfChecksTests
{
    private const string HousingBureau = "市住房和城乡建设局";
    private const string Figure = """[{"target":"20.1","as_of":"2023-06-30","value":10}]""";

    private static Task<ApiServer> StartWithBrokenLedger(int ratePerKey = 0, int ratePerAddress = 0) =>
        ApiServer.StartAsync(prepareTargets: root =>
        {
            var broken = Path.Combine(root, "broken");
            Directory.CreateDirectory(broken);
            File.WriteAllText(Path.Combine(broken, "ledger.json"), "{ \"id\": \"broken\" ");
        }, ratePerKey: ratePerKey, ratePerAddress: ratePerAddress);

    public static TheoryData<string, string, string?> Routes() => new()
    {
        { "GET", "", null },
        { "GET", "/targets", null },
        { "GET", "/figures", null },
        { "GET", "/assessment?as_of=2023-06-30", null },
        { "POST", "/evaluate", Figure },
        { "POST", "/figures", Figure },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task LedgerRoute_NoKeyOrBadKey_Is401WhateverTheLedger(string method, string route, string? body)
    {
        await using var server = await StartWithBrokenLedger();
        server.AddKey(HousingBureau);
        foreach (var ledger in new[] { "zhanjiang-2023", "no-such-ledger", "broken", "..%2F..%2Fetc" })
        {
            foreach (var key in new[] { null, "not-a-key", "ek_00000000_wrong" })
            {
                var path = $"/v1/ledgers/{ledger}{route}";
                var request = method == "GET" ? ApiServer.Get(path, key) : ApiServer.Post(path, body!, key);
                var response = await server.Client.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} with key {key ?? "(none)"}: {(int)response.StatusCode}");
                var text = await response.Content.ReadAsStringAsync();
                Assert.DoesNotContain("ledger.json", text, StringComparison.Ordinal);
                Assert.False(response.Headers.Contains("X-Rule-Revision"));
            }
        }
    }

    [Fact]
    public async Task Submit_OpenReadsMode_NoKey_Is401ForUnknownAndBrokenLedgers()
    {
        await using var server = await StartWithBrokenLedger();
        foreach (var ledger in new[] { "no-such-ledger", "broken" })
        {
            var response = await server.Client.SendAsync(ApiServer.Post($"/v1/ledgers/{ledger}/figures", Figure));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Fact]
    public async Task ValidKey_ThenTheLedgerIsLookedUp_ThenAuthorised()
    {
        await using var server = await StartWithBrokenLedger();
        var key = server.AddKey(HousingBureau);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.SendAsync(ApiServer.Post("/v1/ledgers/no-such-ledger/figures", Figure, key))).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await server.Client.SendAsync(ApiServer.Post("/v1/ledgers/broken/figures", Figure, key))).StatusCode);
        var other = """[{"target":"1.1","as_of":"2023-06-30","value":10}]""";
        Assert.Equal(HttpStatusCode.Forbidden, (await server.Client.SendAsync(ApiServer.Post("/v1/ledgers/zhanjiang-2023/figures", other, key))).StatusCode);
    }

    [Fact]
    public async Task Denials_AreLoggedWithWhoRouteAndReason_NeverTheKey_AndCounted()
    {
        await using var server = await StartWithBrokenLedger();
        var key = server.AddKey(HousingBureau);
        using var counted = new DenialCounter(server.Services);

        await server.Client.SendAsync(ApiServer.Get("/v1/ledgers/zhanjiang-2023/targets"));
        var wrong = key[..^4] + "0000";
        await server.Client.SendAsync(ApiServer.Post("/v1/ledgers/zhanjiang-2023/figures", Figure, wrong));
        await server.Client.SendAsync(ApiServer.Post("/v1/ledgers/zhanjiang-2023/figures", """[{"target":"1.1","as_of":"2023-06-30","value":10}]""", key));

        var denied = server.Log.Lines.Where(l => l.Contains("denied", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, denied.Count);
        Assert.Contains("denied 401 anonymous GET /v1/ledgers/{id}/targets: reads need an API key", denied[0], StringComparison.Ordinal);
        Assert.Contains("denied 401 anonymous POST /v1/ledgers/{id}/figures: the API key is not valid", denied[1], StringComparison.Ordinal);
        Assert.Contains($"denied 403 {HousingBureau} POST /v1/ledgers/{{id}}/figures", denied[2], StringComparison.Ordinal);
        var secrets = new[] { key.Split('_')[2], wrong.Split('_')[2] };
        Assert.DoesNotContain(server.Log.Lines, l => secrets.Any(s => l.Contains(s, StringComparison.Ordinal)));
        Assert.Equal(3, counted.Total);
    }

    [Fact]
    public async Task RateLimit_PerKey_Is429ProblemNamingTheLimit_AndDenialIsCounted()
    {
        await using var server = await StartWithBrokenLedger(ratePerKey: 2);
        var key = server.AddKey(HousingBureau);
        var other = server.AddKey(null, admin: true);
        using var counted = new DenialCounter(server.Services);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(ApiServer.Get("/v1/ledgers/zhanjiang-2023", key))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(ApiServer.Get("/v1/ledgers/zhanjiang-2023", key))).StatusCode);
        var third = await server.Client.SendAsync(ApiServer.Get("/v1/ledgers/zhanjiang-2023", key));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType!.MediaType);
        Assert.Contains("2 requests per key", (string?)JObject.Parse(await third.Content.ReadAsStringAsync())["title"], StringComparison.Ordinal);
        Assert.True(third.Headers.RetryAfter is not null);

        // Another key has its own budget; a wrong secret for the limited key's id does not spend it further.
        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(ApiServer.Get("/v1/ledgers/zhanjiang-2023", other))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.SendAsync(ApiServer.Get("/v1/ledgers/zhanjiang-2023", key[..^4] + "0000"))).StatusCode);
        Assert.Contains(server.Log.Lines, l => l.Contains($"denied 429 {HousingBureau} GET /v1/ledgers/{{id}}", StringComparison.Ordinal));
        Assert.Equal(2, counted.Total);
    }

    [Fact]
    public async Task RateLimit_PerAddress_CoversCallersWithoutAKey()
    {
        await using var server = await StartWithBrokenLedger(ratePerAddress: 3);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(ApiServer.Get("/healthz"))).StatusCode);
        }

        var refused = await server.Client.SendAsync(ApiServer.Get("/v1/ledgers/no-such-ledger/figures", "not-a-key"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("3 per client address", (string?)JObject.Parse(await refused.Content.ReadAsStringAsync())["title"], StringComparison.Ordinal);
    }

    /// <summary>Counts what the server adds to its denial counter (only this server's meter, as tests run in parallel).</summary>
    private sealed class DenialCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _total;

        public DenialCounter(IServiceProvider services)
        {
            var factory = services.GetRequiredService<IMeterFactory>();
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Scope == factory && instrument.Name == DenialLog.CounterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _total, value));
            _listener.Start();
        }

        public long Total => Interlocked.Read(ref _total);

        public void Dispose() => _listener.Dispose();
    }
}
