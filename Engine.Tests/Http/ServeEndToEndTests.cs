using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Engine.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Http;

/// <summary>`engine serve` as a real process on 127.0.0.1: keys made with `engine keys add`, a submission, an assessment.</summary>
public class ServeEndToEndTests
{
    [Fact]
    public async Task Serve_OnLoopback_SubmitsAndAssesses()
    {
        using var folder = new TempFolder();
        var keysFile = Path.Combine(folder.Path, "keys.json");
        var add = Support.Cli.Process("keys", "add", "市住房和城乡建设局", "--keys", keysFile);
        Assert.Equal(0, add.Exit);
        var key = add.Out.Trim();
        Assert.StartsWith("ek_", key, StringComparison.Ordinal);

        var port = FreePort();
        var dll = Path.Combine(AppContext.BaseDirectory, "engine.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = BundledPaths.Root };
        foreach (var a in new[] { dll, "serve", "--urls", $"http://127.0.0.1:{port}", "--db", Path.Combine(folder.Path, "e.db"), "--keys", keysFile })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => log.Enqueue(e.Data ?? "");
        process.ErrorDataReceived += (_, e) => log.Enqueue(e.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(20) };
            await WaitHealthy(client, process, log);

            var submit = new HttpRequestMessage(HttpMethod.Post, "/v1/ledgers/zhanjiang-2023/figures") { Content = new StringContent("""[{"target":"20.1","as_of":"2023-06-30","value":12}]""", System.Text.Encoding.UTF8, "application/json") };
            submit.Headers.Add("X-Api-Key", key);
            var stored = await client.SendAsync(submit);
            Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
            Assert.False(stored.Headers.Contains("Server"), "Kestrel's Server header is removed");
            Assert.Equal(1, (int)JObject.Parse(await stored.Content.ReadAsStringAsync())["stored"]!);

            var get = new HttpRequestMessage(HttpMethod.Get, "/v1/ledgers/zhanjiang-2023/assessment?as_of=2023-06-30");
            get.Headers.Add("X-Api-Key", key);
            var assessment = JObject.Parse(await (await client.SendAsync(get)).Content.ReadAsStringAsync());
            Assert.Equal("on_track", (string?)assessment["assessments"]![0]!["tasks"]!.Single(t => (int)t["no"]! == 20)["status"]);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task WaitHealthy(HttpClient client, Process process, IEnumerable<string> log)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                Assert.Fail("engine serve exited: " + string.Join("\n", log));
            }

            try
            {
                if ((await client.GetAsync("/healthz")).IsSuccessStatusCode)
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

        Assert.Fail("engine serve did not answer /healthz within 60 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
