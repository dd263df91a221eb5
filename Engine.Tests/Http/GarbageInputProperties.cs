using System.Net;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Engine.Tests.Http;

/// <summary>Generated garbage at every body-taking endpoint: a 4xx answer, never a 500.</summary>
public sealed class GarbageInputProperties : IAsyncLifetime
{
    private ApiServer _server = null!;
    private string _key = "";

    public async Task InitializeAsync()
    {
        _server = await ApiServer.StartAsync(maxBody: 64 * 1024);
        _key = _server.AddKey(null, admin: true);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", ",", ":", "\"figures\"", "\"as_of\"", "\"target\"", "\"value\"", "\"20.1\"", "\"2023-06-30\"", "\"2023-13-45\"",
        "12", "-1e400", "1e400", "0.1", "null", "true", "\"\"", "\"\\u0000\"", "\"汉字\"", "NaN", "79228162514264337593543950336", "{\"figures\":[", "]}",
        "{\"target\":\"20.1\",\"as_of\":\"2023-06-30\",\"value\":", "\"lang\"", "\"en\"", "\"entity\"", " ", "\n",
    ];

    private static Gen<string> Garbage =>
        Gen.OneOf(
            Gen.ArrayOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts)),
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""),
            Gen.Elements(Fragments).Select(f => "{\"figures\":[" + f + "]}"));

    [Property(MaxTest = 150)]
    public Property Evaluate_Garbage_IsNeverA500() => Prop.ForAll(Arb.From(Garbage), body => Status("/v1/ledgers/zhanjiang-2023/evaluate", body) is >= 200 and < 500);

    [Property(MaxTest = 150)]
    public Property Submit_Garbage_IsNeverA500() => Prop.ForAll(Arb.From(Garbage), body => Status("/v1/ledgers/zhanjiang-2023/figures", body) is >= 200 and < 500);

    private int Status(string path, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _key);
        // The in-memory server is async-only; FsCheck's properties here are synchronous.
        using var response = Task.Run(() => _server.Client.SendAsync(request)).GetAwaiter().GetResult();
        return (int)response.StatusCode;
    }
}
