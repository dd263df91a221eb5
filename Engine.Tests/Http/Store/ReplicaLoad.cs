using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using Engine.Http.Access;
using Engine.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Http.Store;

/// <summary>
/// Two <c>engine serve</c> processes on one store, eight submitters spread over both, all writing the same three
/// (entity, target, as_of) keys; optionally one replica is killed with SIGKILL mid-load and restarted. Then checks
/// what the issue asks: every acknowledged (200) submission is readable from both, each key's versions run 1..n
/// without gap or duplicate, and both replicas give the identical assessment.
/// </summary>
internal static class ReplicaLoad
{
    private const string Ledger = "/v1/ledgers/zhanjiang-2023";
    private const int Submitters = 8;
    private const int PerSubmitter = 25;

    /// <summary>Runs the load and the checks; returns a line of what happened, for the test's output.</summary>
    public static async Task<string> RunAsync(string db, bool killOneMidLoad)
    {
        using var folder = new TempFolder();
        var keys = Path.Combine(folder.Path, "keys.json");
        var key = ApiKeyFile.Add(keys, null, admin: true, DateTimeOffset.UtcNow);
        await using var first = await ServeProcess.StartAsync(db, keys);
        await using var second = await ServeProcess.StartAsync(db, keys);
        var replicas = new[] { first, second };

        var acknowledged = new ConcurrentBag<long>();
        var failedAttempts = 0;
        var killAt = Submitters * PerSubmitter / 3;
        var killed = new TaskCompletionSource();
        var restart = Task.CompletedTask;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var load = Enumerable.Range(0, Submitters).Select(s => Task.Run(async () =>
        {
            for (var n = 0; n < PerSubmitter; n++)
            {
                // Each submission goes to the submitter's turn of replica; a failed attempt (the killed replica) moves to the other.
                for (var attempt = 0; ; attempt++)
                {
                    var replica = replicas[(s + n + attempt) % 2];
                    try
                    {
                        using var response = await replica.Client.SendAsync(Submit(key, s, n));
                        if (response.IsSuccessStatusCode)
                        {
                            acknowledged.Add((long)JObject.Parse(await response.Content.ReadAsStringAsync())["submission"]!);
                            break;
                        }
                    }
                    catch (HttpRequestException)
                    {
                        // The replica is down: not acknowledged, so nothing is owed; try the other.
                    }

                    Interlocked.Increment(ref failedAttempts);
                    Assert.True(attempt < 200, "a submission was refused by both replicas 200 times");
                    await Task.Delay(20);
                }

                if (killOneMidLoad && acknowledged.Count >= killAt && killed.TrySetResult())
                {
                    second.Kill();
                    restart = Task.Run(second.RestartAsync);
                }
            }
        })).ToArray();
        await Task.WhenAll(load);
        await restart;
        var elapsed = clock.Elapsed;
        if (killOneMidLoad)
        {
            // The restart takes seconds and submitters alternate replicas, so some attempts must have met the dead one.
            Assert.True(killed.Task.IsCompleted, "the replica was never killed");
            Assert.True(failedAttempts > 0, "no submission met the killed replica");
        }

        Assert.Equal(Submitters * PerSubmitter, acknowledged.Count);
        var assessments = new List<string>();
        foreach (var replica in replicas)
        {
            var history = JObject.Parse(await Get(replica, key, Ledger + "/figures"))["versions"]!.ToList();
            var submissions = history.Select(v => (long)v["submission"]!).ToHashSet();
            Assert.All(acknowledged, a => Assert.Contains(a, submissions));
            var byKey = history.GroupBy(v => ((string?)v["target"], (string?)v["entity"], (string?)v["as_of"])).ToList();
            Assert.Equal(3, byKey.Count);
            foreach (var versions in byKey)
            {
                Assert.Equal(Enumerable.Range(1, versions.Count()), versions.Select(v => (int)v["version"]!));
            }

            assessments.Add(await Get(replica, key, Ledger + "/assessment?as_of=2023-06-30"));
        }

        Assert.Equal(assessments[0], assessments[1]);
        return $"{acknowledged.Count} submissions acknowledged in {elapsed.TotalSeconds:F1} s, {failedAttempts} attempts failed on the killed replica";
    }

    private static HttpRequestMessage Submit(string key, int submitter, int n)
    {
        var value = ((submitter * PerSubmitter) + n) % 100;
        var body = $$"""{"figures":[{"target":"20.1","as_of":"2023-06-30","value":{{value}}},{"target":"1.1","as_of":"2023-06-30","value":{{value}}},{"target":"5.1","as_of":"2023-06-30","value":{{value}}}]}""";
        var request = new HttpRequestMessage(HttpMethod.Post, Ledger + "/figures") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return request;
    }

    private static async Task<string> Get(ServeProcess replica, string key, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await replica.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path} on port {replica.Port}: {(int)response.StatusCode} {text}");
        return text;
    }
}
