using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Engine.Tests.Http.OpenApi;

/// <summary>The OpenAPI document as a running server serves it, read with Microsoft.OpenApi, and its operations.</summary>
internal sealed class ServedDocument
{
    private ServedDocument(string json, ReadResult read)
    {
        Json = json;
        Read = read;
        Document = read.Document ?? throw new InvalidOperationException("the served document did not read: " + string.Join("; ", read.Diagnostic?.Errors.Select(e => e.ToString()) ?? []));
        Operations = [.. Document.Paths.SelectMany(path => path.Value.Operations!.Select(op => new Operation(path.Key, op.Key.ToString().ToUpperInvariant(), op.Value)))];
    }

    public string Json { get; }

    public ReadResult Read { get; }

    public OpenApiDocument Document { get; }

    public IReadOnlyList<Operation> Operations { get; }

    public static async Task<ServedDocument> FetchAsync(HttpClient client, Action<HttpRequestMessage>? adjust = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        adjust?.Invoke(request);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadAsStringAsync();
        return new ServedDocument(json, OpenApiDocument.Parse(json, "json", new OpenApiReaderSettings()));
    }

    /// <summary>One operation: its path template, method, and what the document says of it.</summary>
    internal sealed record Operation(string Path, string Method, OpenApiOperation Spec)
    {
        public string Id => Spec.OperationId ?? $"{Method} {Path}";

        /// <summary>True when one of the security alternatives is the empty one: callable without a key.</summary>
        public bool Anonymous => Spec.Security is { Count: > 0 } security && security.Any(r => r.Count == 0);

        public IReadOnlyList<IOpenApiParameter> Parameters(ParameterLocation where) => [.. (Spec.Parameters ?? []).Where(p => p.In == where)];

        /// <summary>The media types documented for a status (the bare type, no parameters), or null when the status is not documented.</summary>
        public IReadOnlyCollection<string>? MediaTypes(int status) =>
            Spec.Responses is { } responses && responses.TryGetValue(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response)
                ? [.. (response.Content ?? new Dictionary<string, OpenApiMediaType>()).Keys]
                : null;

        public override string ToString() => $"{Method} {Path} ({Id})";
    }
}
