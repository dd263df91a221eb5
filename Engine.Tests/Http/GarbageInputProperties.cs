using System.Net.Http.Headers;
using System.Text;
using Engine.Tests.Generators;
using Engine.Tests.Http.OpenApi;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Engine.Tests.Generators.ApiCallGenerators;

namespace Engine.Tests.Http;

/// <summary>
/// Generated garbage at every operation the served OpenAPI document lists, from every kind of caller: never a 5xx,
/// and every answer's status and media type are ones the document gives for that operation.
/// </summary>
public sealed class GarbageInputProperties : IAsyncLifetime
{
    private const string Ledger = "zhanjiang-2023";
    private ApiServer _server = null!;
    private ServedDocument _document = null!;
    private string _admin = "";
    private string _unit = "";

    public async Task InitializeAsync()
    {
        _server = await ApiServer.StartAsync(maxBody: 64 * 1024);
        _admin = _server.AddKey(null, admin: true);
        _unit = _server.AddKey("市住房城乡建设局");
        _document = await ServedDocument.FetchAsync(_server.Client);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Property(MaxTest = 150)]
    public Property Evaluate_Garbage_IsNeverA500() => Prop.ForAll(Arb.From(GarbageBody), body => Status($"/v1/ledgers/{Ledger}/evaluate", body) is >= 200 and < 500);

    [Property(MaxTest = 150)]
    public Property Submit_Garbage_IsNeverA500() => Prop.ForAll(Arb.From(GarbageBody), body => Status($"/v1/ledgers/{Ledger}/figures", body) is >= 200 and < 500);

    [Property(MaxTest = 300)]
    public Property EveryDocumentedOperation_AnyCallerAndGarbage_AnswersAsDocumented_NeverA5xx() =>
        Prop.ForAll(Arb.From(Calls(_document.Operations, Ledger)), call =>
        {
            using var request = new HttpRequestMessage(new HttpMethod(call.Operation.Method), call.Target);
            if (call.Body is not null)
            {
                request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(call.Body));
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(call.ContentType);
            }

            switch (call.Caller)
            {
                case Caller.WrongKey:
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _admin[..^4] + "0000");
                    break;
                case Caller.UnitKey:
                    request.Headers.Add("X-Api-Key", _unit);
                    break;
                case Caller.AdminKey:
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _admin);
                    break;
            }

            using var response = Send(request);
            var status = (int)response.StatusCode;
            var documented = call.Operation.MediaTypes(status);
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            return (status < 500)
                .Label($"{status} is a server error")
                .And((documented is not null).Label($"{status} is not documented for {call.Operation}"))
                .And((documented is null || (mediaType is not null && documented.Contains(mediaType))).Label($"{status} came as {mediaType ?? "(no media type)"}; documented: {string.Join(", ", documented ?? [])}"));
        });

    private int Status(string path, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _admin);
        using var response = Send(request);
        return (int)response.StatusCode;
    }

    // The in-memory server is async-only; FsCheck's properties here are synchronous.
    private HttpResponseMessage Send(HttpRequestMessage request) => Task.Run(() => _server.Client.SendAsync(request)).GetAwaiter().GetResult();
}
