using Engine.Http;
using Engine.Http.Access;
using Engine.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Engine.Tests.Http;

/// <summary>
/// The engine on a real Kestrel port of 127.0.0.1 (a free one the system picks), over a copy of the bundled ledger
/// with its own store and key file: what a browser can reach, which the in-memory <see cref="ApiServer"/> is not.
/// </summary>
internal sealed class LiveApiServer : IAsyncDisposable
{
    private readonly TempFolder _folder = new();
    private WebApplication? _app;
    private string? _adminKey;

    public string Targets => Path.Combine(_folder.Path, "targets");

    public string Keys => Path.Combine(_folder.Path, "keys.json");

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>What the server logged.</summary>
    public LogCapture Log { get; } = new();

    /// <summary>An admin key of this server, made on first use.</summary>
    public string AdminKey => _adminKey ??= AddKey(null, admin: true);

    public static async Task<LiveApiServer> StartAsync(TimeProvider? clock = null)
    {
        var server = new LiveApiServer();
        var ledger = Path.Combine(server.Targets, "zhanjiang-2023");
        Directory.CreateDirectory(ledger);
        foreach (var file in Directory.GetFiles(BundledPaths.Targets, "*.json"))
        {
            File.Copy(file, Path.Combine(ledger, Path.GetFileName(file)));
        }

        // Port 0: the system picks a free port, read back below, so parallel test classes never collide. The
        // request limits are off: one browser makes many requests, all from 127.0.0.1 (sign-in stays limited).
        var options = new ServeOptions(server.Targets, Path.Combine(server._folder.Path, "engine.db"), server.Keys)
        {
            Urls = "http://127.0.0.1:0",
            Watch = false,
            RatePerKey = 0,
            RatePerAddress = 0,
            SignInRate = 1_000,
        };
        server._app = await HttpHost.BuildAsync(options, b => b.Logging.AddProvider(server.Log), clock);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.TrimEnd('/'));
        return server;
    }

    public string AddKey(string? unit, bool admin = false) => ApiKeyFile.Add(Keys, unit, admin, DateTimeOffset.UtcNow);

    /// <summary>The absolute address of a path on this server.</summary>
    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
