using System.Net.Http.Headers;
using Engine.Tests.Generators;
using Engine.Tests.Http;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Engine.Tests.Properties;

/// <summary>
/// Issue 14, point 9, over HTTP: the body-taking endpoints (evaluate and figure submission) answer hostile bodies,
/// the same ones the files get (random bytes, deep nesting, 400-digit numbers, UTF-16, cut bodies, …), with a 2xx
/// or a 4xx <c>application/problem+json</c>, never a 500.
/// </summary>
public sealed class HostileBodyProperties : IAsyncLifetime
{
    private const string Figures = """[ { "target": "20.1", "as_of": "2023-06-30", "value": 10, "entity": "赤坎区" }, { "target": "101.1", "as_of": "2023-06-30", "value": "1,234" } ]""";

    private ApiServer _server = null!;
    private string _key = "";

    public async Task InitializeAsync()
    {
        _server = await ApiServer.StartAsync(maxBody: 2 * 1024 * 1024);
        _key = _server.AddKey(null, admin: true);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Property(MaxTest = 20)]
    public Property Evaluate_HostileBody_IsAnsweredWithoutA500() =>
        Prop.ForAll(Arb.From(HostileInputGenerators.Json($$"""{ "as_of": "2023-06-30", "figures": {{Figures}} }""")), body => Answers("/v1/ledgers/zhanjiang-2023/evaluate", body));

    [Property(MaxTest = 20)]
    public Property Submit_HostileBody_IsAnsweredWithoutA500() =>
        Prop.ForAll(Arb.From(HostileInputGenerators.Json($$"""{ "figures": {{Figures}} }""")), body => Answers("/v1/ledgers/zhanjiang-2023/figures", body));

    private void Answers(string path, HostileInputGenerators.HostileFile body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body.Bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _key);

        // The in-memory server is async-only; FsCheck's properties here are synchronous.
        using var response = Task.Run(() => _server.Client.SendAsync(request)).GetAwaiter().GetResult();
        var status = (int)response.StatusCode;
        Assert.True(status is >= 200 and < 500, $"{status} for {body}");
        if (status >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
