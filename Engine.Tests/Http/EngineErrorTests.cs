using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Engine.Tests.Http;

public class EngineErrorTests
{
    /// <summary>
    /// Adds, behind the host's own pipeline, a step that throws for one path: a stand-in for a bug in an endpoint,
    /// reached through the real exception handler without any seam in the host.
    /// </summary>
    private sealed class ThrowingStep : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(context => context.Request.Path == "/throw" ? throw new InvalidOperationException("secret internal detail") : Task.CompletedTask);
        };
    }

    [Fact]
    public async Task UnhandledException_Is500ProblemJson_WithoutStackTraceOrMessage()
    {
        await using var server = await ApiServer.StartAsync(configure: b => b.Services.AddSingleton<IStartupFilter, ThrowingStep>());
        var response = await server.Client.GetAsync(new Uri("/throw", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JObject.Parse(text);
        Assert.Equal(500, (int)body["status"]!);
        Assert.Equal("engine error (not an assessment)", (string?)body["title"]);
        Assert.DoesNotContain("secret internal detail", text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
    }
}
