using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Http;

/// <summary>Every error is problem+json with no stack trace; every answer carries the security headers.</summary>
public partial class ErrorsAndHeadersTests
{
    private const string Ledger = "/v1/ledgers/zhanjiang-2023";

    private static async Task<JObject> IsProblem(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        var problem = JObject.Parse(text);
        Assert.Equal((int)expected, (int)problem["status"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["title"]));
        Assert.IsType<JArray>(problem["errors"]);
        return problem;
    }

    [Fact]
    public async Task FrameworkStatuses_404_405_415_AreProblemJson_WhateverTheAcceptHeader()
    {
        await using var server = await ApiServer.StartAsync();
        var unknown = ApiServer.Get("/no/such/route");
        unknown.Headers.Accept.ParseAdd("text/html");
        await IsProblem(await server.Client.SendAsync(unknown), HttpStatusCode.NotFound);
        await IsProblem(await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, Ledger)), HttpStatusCode.MethodNotAllowed);
        await IsProblem(await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/healthz")), HttpStatusCode.MethodNotAllowed);
        var text = new HttpRequestMessage(HttpMethod.Post, Ledger + "/evaluate") { Content = new StringContent("as_of=2023-06-30", Encoding.UTF8, "application/x-www-form-urlencoded") };
        await IsProblem(await server.Client.SendAsync(text), HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task LimitStatuses_413_429_AreProblemJson()
    {
        await using var server = await ApiServer.StartAsync(maxBody: 100, ratePerAddress: 2);
        var big = "[" + string.Join(",", Enumerable.Repeat("""{"target":"20.1","as_of":"2023-06-30","value":10}""", 10)) + "]";
        await IsProblem(await server.Client.SendAsync(ApiServer.Post(Ledger + "/evaluate", big)), HttpStatusCode.RequestEntityTooLarge);
        await server.Client.SendAsync(ApiServer.Get("/healthz"));
        await IsProblem(await server.Client.SendAsync(ApiServer.Get("/healthz")), HttpStatusCode.TooManyRequests);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/no/such/route")]
    [InlineData(Ledger + "/assessment?as_of=2023-06-30")]
    [InlineData(Ledger + "/assessment?as_of=2023-06-30&format=csv")]
    [InlineData("/openapi/v1.json")]
    public async Task EveryAnswer_HasNosniffAndReferrerPolicy_NoServerHeader(string path)
    {
        await using var server = await ApiServer.StartAsync();
        var response = await server.Client.SendAsync(ApiServer.Get(path));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
        Assert.False(response.Headers.Contains("Content-Security-Policy"), "CSP is for HTML answers");
    }

    [Fact]
    public async Task HtmlReport_IsServedUnderACspItSatisfies_OneHashedStyleBlockAndNoStyleAttributes()
    {
        await using var server = await ApiServer.StartAsync();
        var key = server.AddKey(null, admin: true);
        await server.Client.SendAsync(ApiServer.Post(Ledger + "/figures", """[{"target":"20.1","as_of":"2023-06-30","value":10}]""", key));
        var response = await server.Client.SendAsync(ApiServer.Get(Ledger + "/assessment?as_of=2023-06-30&format=html", key));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.StartsWith("default-src 'self'", policy, StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();

        var blocks = StyleBlock().Matches(html);
        var block = Assert.Single(blocks);
        var hash = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(block.Groups[1].Value))) + "'";
        Assert.Contains($"style-src {hash}", policy, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
    }

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();
}
