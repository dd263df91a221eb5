using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Engine.Http;

/// <summary>
/// An answer document written by Newtonsoft, the engine's one JSON library for what it writes (rule files,
/// assessments, answers); ASP.NET Core's own serializer writes only what the framework writes itself.
/// </summary>
internal sealed class JsonAnswer(JToken document, int status = StatusCodes.Status200OK) : IResult
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        Culture = CultureInfo.InvariantCulture,
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Decimal,
    });

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static JsonAnswer Of(object document, int status = StatusCodes.Status200OK) => new(JToken.FromObject(document, Serializer), status);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = status;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        var writer = new StreamWriter(httpContext.Response.Body, Utf8, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            using var json = new JsonTextWriter(writer) { CloseOutput = false, Culture = CultureInfo.InvariantCulture };
            await document.WriteToAsync(json, httpContext.RequestAborted).ConfigureAwait(false);
            await json.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
