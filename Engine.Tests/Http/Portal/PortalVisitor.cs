using System.Net;
using System.Text.RegularExpressions;

namespace Engine.Tests.Http.Portal;

/// <summary>
/// A person at the pages without a browser: keeps cookies as a browser does (by path), does not follow redirects
/// so tests see them, and posts forms with the antiforgery token of the page last seen.
/// </summary>
internal sealed partial class PortalVisitor : IDisposable
{
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _client;

    public PortalVisitor(ApiServer server) =>
        _client = new HttpClient(new CookieKeeper(_cookies, server.CreateHandler())) { BaseAddress = new Uri("http://localhost") };

    /// <summary>The page last received (its HTML), for the form token.</summary>
    public string LastHtml { get; private set; } = "";

    public CookieCollection Cookies => _cookies.GetAllCookies();

    public async Task<PortalAnswer> GetAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        return await Read(response);
    }

    /// <summary>Posts a form as the page last seen would (with its antiforgery token unless <paramref name="withToken"/> is false).</summary>
    public async Task<PortalAnswer> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, bool withToken = true)
    {
        var all = fields.ToList();
        if (withToken)
        {
            var token = Token().Match(LastHtml);
            Assert.True(token.Success, "the page last seen has no form token");
            all.Add(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        }

        using var content = new FormUrlEncodedContent(all);
        using var response = await _client.PostAsync(new Uri(path, UriKind.Relative), content);
        return await Read(response);
    }

    /// <summary>Opens the sign-in page, then signs in with <paramref name="key"/>.</summary>
    public async Task<PortalAnswer> SignInAsync(string key, string lang = "zh")
    {
        await GetAsync("/portal/sign-in");
        return await PostAsync("/portal/sign-in", [new("key", key), new("lang", lang)]);
    }

    private async Task<PortalAnswer> Read(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            LastHtml = html;
        }

        return new PortalAnswer(response.StatusCode, html, response.Headers.Location?.ToString(), response.Headers, response.Content.Headers.ContentType?.MediaType);
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();

    /// <summary>Sends the cookies a browser would for the request's path and keeps those the answer sets.</summary>
    private sealed class CookieKeeper(CookieContainer cookies, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            var header = cookies.GetCookieHeader(uri);
            if (header.Length > 0)
            {
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                foreach (var cookie in set)
                {
                    cookies.SetCookies(uri, cookie);
                }
            }

            return response;
        }
    }
}

/// <summary>What the pages answered: status, HTML, where a redirect goes, the headers.</summary>
internal sealed record PortalAnswer(HttpStatusCode Status, string Html, string? Location, System.Net.Http.Headers.HttpResponseHeaders Headers, string? MediaType);
