using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Engine.Tests.Support;

/// <summary>
/// <c>engine serve</c> as its own process on 127.0.0.1 over the bundled targets, as a replica runs: its store,
/// key file and port given. <see cref="Kill"/> is kill -9 (SIGKILL: no shutdown code runs); <see cref="RestartAsync"/>
/// starts it again on the same port.
/// </summary>
internal sealed class ServeProcess : IAsyncDisposable
{
    private readonly string _db;
    private readonly string _keys;
    private readonly ConcurrentQueue<string> _log = new();
    private Process? _process;

    private ServeProcess(string db, string keys, int port)
    {
        _db = db;
        _keys = keys;
        Port = port;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public int Port { get; }

    public HttpClient Client { get; }

    public string Log => string.Join("\n", _log);

    public static async Task<ServeProcess> StartAsync(string db, string keys)
    {
        var serve = new ServeProcess(db, keys, FreePort());
        await serve.RestartAsync();
        return serve;
    }

    public async Task RestartAsync()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "engine.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = BundledPaths.Root };
        foreach (var a in new[] { dll, "serve", "--urls", $"http://127.0.0.1:{Port}", "--db", _db, "--keys", _keys, "--rate-per-key", "0", "--rate-per-address", "0" })
        {
            start.ArgumentList.Add(a);
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => _log.Enqueue(e.Data ?? "");
        _process.ErrorDataReceived += (_, e) => _log.Enqueue(e.Data ?? "");
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitHealthyAsync();
    }

    /// <summary>kill -9: the process ends at once, mid-request or mid-transaction.</summary>
    public void Kill()
    {
        _process!.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    private async Task WaitHealthyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"engine serve exited ({_process.ExitCode}): {Log}");
            }

            try
            {
                if ((await Client.GetAsync("/healthz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"engine serve did not answer /healthz within 120 s: {Log}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            Kill();
        }

        _process?.Dispose();
        Client.Dispose();
        await Task.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
