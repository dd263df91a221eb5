using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.OpenApi;

namespace Engine.Tests.Http.OpenApi;

/// <summary>The served OpenAPI document reads cleanly and says what the service does: who may call, what it answers.</summary>
public sealed class ApiDocumentTests(KeyedApiServer keyed) : IClassFixture<KeyedApiServer>
{
    private const string Ledger = "zhanjiang-2023";
    private const string Figure = """[{"target":"20.1","as_of":"2023-06-30","value":10}]""";

    [Fact]
    public async Task ServedDocument_ReadWithMicrosoftOpenApi_HasNoErrorsOrWarnings()
    {
        var server = keyed.Server;
        var served = await ServedDocument.FetchAsync(server.Client);

        Assert.Empty(served.Read.Diagnostic!.Errors);
        Assert.Empty(served.Read.Diagnostic.Warnings);
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, served.Read.Diagnostic.SpecificationVersion);
        Assert.Contains(served.Operations, o => o.Id == "Health");
        Assert.Contains(served.Operations, o => o.Id == "SubmitFigures");
        Assert.Contains(served.Operations, o => o.Path == "/openapi/v1.json");
    }

    [Fact]
    public async Task ServedDocument_ACallerSendsAHostHeader_ItIsNotEchoedAsAServer()
    {
        var server = keyed.Server;
        var served = await ServedDocument.FetchAsync(server.Client, r => r.Headers.Host = "attacker.example:8443");

        Assert.All(served.Document.Servers ?? [], s => Assert.Equal("/", s.Url));
        Assert.DoesNotContain("attacker.example", served.Json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("localhost", served.Json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SecuritySchemes_AreTheTwoHeadersTheServiceReads()
    {
        var server = keyed.Server;
        var schemes = (await ServedDocument.FetchAsync(server.Client)).Document.Components!.SecuritySchemes!;

        Assert.Equal(["ApiKey", "Bearer"], schemes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(SecuritySchemeType.ApiKey, schemes["ApiKey"].Type);
        Assert.Equal(ParameterLocation.Header, schemes["ApiKey"].In);
        Assert.Equal("X-Api-Key", schemes["ApiKey"].Name);
        Assert.Equal(SecuritySchemeType.Http, schemes["Bearer"].Type);
        Assert.Equal("bearer", schemes["Bearer"].Scheme);
    }

    [Fact]
    public async Task EveryOperation_WithAKeyFile_DeclaresTheSecurityTheServiceEnforces()
    {
        var (server, admin) = (keyed.Server, keyed.Admin);
        var served = await ServedDocument.FetchAsync(server.Client);

        foreach (var operation in served.Operations)
        {
            var security = operation.Spec.Security;
            Assert.True(security is { Count: > 0 }, $"{operation} declares no security");
            var named = security.Where(r => r.Count > 0).Select(r => Assert.Single(r).Key.Reference.Id).Order(StringComparer.Ordinal).ToList();
            var readsKeys = named.Count > 0;
            if (readsKeys)
            {
                Assert.Equal(["ApiKey", "Bearer"], named);
            }

            // Without a key: refused exactly when the document says a key is needed.
            var anonymous = await server.Client.SendAsync(Plausible(operation));
            Assert.True(operation.Anonymous == (anonymous.StatusCode != HttpStatusCode.Unauthorized), $"{operation}: anonymous {(operation.Anonymous ? "allowed" : "refused")} by the document, {(int)anonymous.StatusCode} from the service");

            // Either scheme with a good key gets in; a wrong key never does where a key is read, even when none is needed.
            var viaHeader = Plausible(operation);
            viaHeader.Headers.Add("X-Api-Key", admin);
            Assert.NotEqual(HttpStatusCode.Unauthorized, (await server.Client.SendAsync(viaHeader)).StatusCode);
            var viaBearer = Plausible(operation);
            viaBearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
            Assert.NotEqual(HttpStatusCode.Unauthorized, (await server.Client.SendAsync(viaBearer)).StatusCode);
            var wrong = Plausible(operation);
            wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin[..^4] + "0000");
            Assert.True(readsKeys == ((await server.Client.SendAsync(wrong)).StatusCode == HttpStatusCode.Unauthorized), $"{operation}: a wrong key {(readsKeys ? "let in" : "refused where no key is read")}");
        }

        Assert.True(served.Operations.Single(o => o.Id == "Health").Anonymous);
        Assert.Empty(Assert.Single(served.Operations.Single(o => o.Id == "GetApiDocument").Spec.Security!));
        Assert.Contains(served.Operations, o => !o.Anonymous);
    }

    [Fact]
    public async Task ReaderOperations_WithoutAKeyFile_OfferAnonymousAccess_SubmitStillNeedsAKey()
    {
        await using var server = await ApiServer.StartAsync();
        var served = await ServedDocument.FetchAsync(server.Client);

        foreach (var operation in served.Operations)
        {
            var expected = operation.Id is not ("SubmitFigures" or "WithdrawFigure");
            Assert.True(operation.Anonymous == expected, $"{operation}: anonymous should be {expected}");
            var answer = await server.Client.SendAsync(Plausible(operation));
            Assert.True(expected == (answer.StatusCode != HttpStatusCode.Unauthorized), $"{operation}: {(int)answer.StatusCode}");
        }
    }

    [Fact]
    public async Task DocumentItself_WithAKeyFile_IsServedWithoutAKey()
    {
        var server = keyed.Server;
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Fact]
    public async Task EveryResponse_HasAMediaTypeWithASchema_ErrorsAreProblemJson()
    {
        var server = keyed.Server;
        var served = await ServedDocument.FetchAsync(server.Client);

        foreach (var operation in served.Operations)
        {
            Assert.NotNull(operation.Spec.Responses);
            foreach (var (status, response) in operation.Spec.Responses)
            {
                Assert.True(response.Content is { Count: > 0 }, $"{operation} {status} has no content");
                Assert.All(response.Content, c => Assert.True(c.Value.Schema is not null, $"{operation} {status} {c.Key} has no schema"));
                if (status.StartsWith('4') || status == "500")
                {
                    Assert.Equal(["application/problem+json"], response.Content.Keys);
                }
            }

            // The statuses every operation can meet: an engine error, and a bad key wherever a key is read.
            Assert.NotNull(operation.MediaTypes(500));
            Assert.True(operation.Spec.Security!.Any(r => r.Count > 0) == (operation.MediaTypes(401) is not null), $"{operation}: 401 documented where no key is read, or missing where one is");
        }
    }

    [Fact]
    public async Task Assessment_EachFormat_IsDocumentedWithTheMediaTypeTheServiceSends()
    {
        var (server, key) = (keyed.Server, keyed.Admin);
        await server.Client.SendAsync(ApiServer.Post($"/v1/ledgers/{Ledger}/figures", Figure, key));
        var assessment = (await ServedDocument.FetchAsync(server.Client)).Operations.Single(o => o.Id == "GetAssessment");
        var ok = assessment.Spec.Responses!["200"].Content!;

        Assert.Equal("Assessment", ((OpenApiSchemaReference)ok["application/json"].Schema!).Reference.Id);
        Assert.Equal(JsonSchemaType.String, ok["text/csv"].Schema!.Type);
        Assert.Equal(JsonSchemaType.String, ok["text/html"].Schema!.Type);
        var xlsx = ok["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"].Schema!;
        Assert.Equal((JsonSchemaType.String, "binary"), (xlsx.Type!.Value, xlsx.Format));
        var formats = assessment.Parameters(ParameterLocation.Query).Single(p => p.Name == "format").Schema!.Enum!.Select(v => v!.GetValue<string>());
        Assert.Equal(["csv", "html", "json", "xlsx"], formats.Order(StringComparer.Ordinal));
        foreach (var format in formats)
        {
            var response = await server.Client.SendAsync(ApiServer.Get($"/v1/ledgers/{Ledger}/assessment?as_of=2023-06-30&format={format}", key));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(response.Content.Headers.ContentType!.MediaType!, ok.Keys);
        }
    }

    [Fact]
    public async Task FigureBodies_OfferTheObjectAndTheBareArray_AndTheServiceTakesBoth()
    {
        var (server, key) = (keyed.Server, keyed.Admin);
        var served = await ServedDocument.FetchAsync(server.Client);
        var bodies = served.Operations.Where(o => o.Spec.RequestBody?.Content?["application/json"].Schema?.OneOf is not null).ToList();

        Assert.Equal(["Evaluate", "SubmitFigures"], bodies.Select(o => o.Id).Order(StringComparer.Ordinal));
        var withdraw = served.Operations.Single(o => o.Id == "WithdrawFigure").Spec.RequestBody!;
        Assert.False(withdraw.Required); // its body (a reason) may be left out
        foreach (var operation in bodies)
        {
            var forms = operation.Spec.RequestBody!.Content!["application/json"].Schema!.OneOf!;
            Assert.Equal(2, forms.Count);
            Assert.Contains("figures", forms[0].Properties!.Keys);
            Assert.Contains("figures", forms[0].Required!);
            Assert.Equal(JsonSchemaType.Array, forms[1].Type);
            Assert.Equal("Figure", ((OpenApiSchemaReference)forms[1].Items!).Reference.Id);

            var path = operation.Path.Replace("{id}", Ledger, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(ApiServer.Post(path, Figure, key))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(ApiServer.Post(path, "{\"figures\":" + Figure + "}", key))).StatusCode);
        }
    }

    [Fact]
    public async Task RequestSchemas_RequireOnlyWhatMustBeSent_NothingNullableIsRequired()
    {
        var server = keyed.Server;
        var schemas = (await ServedDocument.FetchAsync(server.Client)).Document.Components!.Schemas!;

        Assert.Equal(["as_of", "target", "value"], schemas["Figure"].Required!.Order(StringComparer.Ordinal));
        Assert.Equal(["figures"], schemas["EvaluateRequest"].Required!);
        Assert.Equal(["figures"], schemas["SubmitRequest"].Required!);
        foreach (var name in new[] { "Figure", "EvaluateRequest", "SubmitRequest" })
        {
            foreach (var required in schemas[name].Required!)
            {
                var type = schemas[name].Properties![required].Type;
                Assert.False(type is { } t && t.HasFlag(JsonSchemaType.Null), $"{name}.{required} is required but may be null");
            }
        }

        // A figure's value is exact: a decimal number, or its text.
        var value = schemas["Figure"].Properties!["value"];
        Assert.Equal(JsonSchemaType.Number | JsonSchemaType.String, value.Type);
        Assert.Equal("decimal", value.Format);
    }

    /// <summary>A request the operation would accept from a caller it lets in: the bundled ledger, one good figure.</summary>
    internal static HttpRequestMessage Plausible(ServedDocument.Operation operation)
    {
        var path = operation.Path.Replace("{id}", Ledger, StringComparison.Ordinal);
        path = System.Text.RegularExpressions.Regex.Replace(path, @"\{[^}]+\}", "1");
        var request = new HttpRequestMessage(new HttpMethod(operation.Method), path);
        if (operation.Spec.RequestBody is not null)
        {
            request.Content = new StringContent(Figure, Encoding.UTF8, "application/json");
        }

        return request;
    }
}
