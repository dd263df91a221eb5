using System.Net.Http.Headers;
using System.Text;
using Engine.Http;
using Engine.Http.Access;
using Engine.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace Engine.Tests.Http;

/// <summary>An in-memory server over a copy of the bundled ledger, with its own store and key file.</summary>
internal sealed class ApiServer : IAsyncDisposable
{
    private readonly TempFolder _folder = new();
    private WebApplication? _app;

    public string Targets => Path.Combine(_folder.Path, "targets");

    public string LedgerFolder => Path.Combine(Targets, "zhanjiang-2023");

    /// <summary>The SQLite store's file, unless the server was started on another store (<c>db</c>).</summary>
    public string Db => Path.Combine(_folder.Path, "engine.db");

    public string Keys => Path.Combine(_folder.Path, "keys.json");

    public HttpClient Client { get; private set; } = null!;

    /// <summary>What the server logged.</summary>
    public LogCapture Log { get; } = new();

    public static async Task<ApiServer> StartAsync(bool watch = false, long maxBody = 8 * 1024 * 1024, int maxFigures = 50_000, Action<string>? prepareTargets = null, Action<WebApplicationBuilder>? configure = null, int ratePerKey = 0, int ratePerAddress = 0, Func<ServeOptions, ServeOptions>? limits = null, string? db = null, TimeProvider? clock = null)
    {
        var server = new ApiServer();
        CopyLedger(BundledPaths.Targets, server.LedgerFolder);
        prepareTargets?.Invoke(server.Targets);
        var options = new ServeOptions(server.Targets, db ?? server.Db, server.Keys) { Watch = watch, MaxBodyBytes = maxBody, MaxFigures = maxFigures, RatePerKey = ratePerKey, RatePerAddress = ratePerAddress };
        options = limits?.Invoke(options) ?? options;
        server._app = await HttpHost.BuildAsync(options, b =>
        {
            b.WebHost.UseTestServer();
            b.Logging.AddProvider(server.Log);
            configure?.Invoke(b);
        }, clock);
        await server._app.StartAsync();
        server.Client = server._app.GetTestClient();
        return server;
    }

    /// <summary>A handler into the in-memory server, for a client of one's own (a browser-like one that keeps cookies).</summary>
    public HttpMessageHandler CreateHandler() => _app!.GetTestServer().CreateHandler();

    /// <summary>The server's services (its meter factory, for counters).</summary>
    public IServiceProvider Services => _app!.Services;

    public string AddKey(string? unit, bool admin = false) => ApiKeyFile.Add(Keys, unit, admin, DateTimeOffset.UtcNow);

    /// <summary>An admin key of this server, made on first use.</summary>
    public string AdminKey => _adminKey ??= AddKey(null, admin: true);

    private string? _adminKey;

    public static HttpRequestMessage Post(string path, string json, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return request;
    }

    public static HttpRequestMessage Get(string path, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return request;
    }

    private static void CopyLedger(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*.json"))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
