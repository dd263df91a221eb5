using Engine.Http.Access;
using Engine.Http.Caching;
using Engine.Http.Catalog;
using Engine.Http.Endpoints;
using Engine.Http.Health;
using Engine.Http.OpenApi;
using Engine.Http.Portal;
using Engine.Http.Store;
using System.Diagnostics.Metrics;
using Engine.Output;
using Engine.Rules.Assessment;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Engine.Http;

/// <summary>
/// The HTTP API: the same Evaluator as the CLI behind minimal-API endpoints, a figure store, API keys,
/// rule files reloaded as they change. <see cref="BuildAsync"/> lets tests swap the server for an in-memory one.
/// </summary>
internal static class HttpHost
{
    public static async Task<WebApplication> BuildAsync(ServeOptions options, Action<WebApplicationBuilder>? configure = null, TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxBodyBytes + 1;
            k.AddServerHeader = false;
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(new AssessmentCache(options.CacheEntries, options.CacheBytes));
        ApiServices? api = null;
        ApiDocument.Add(builder.Services, options, () => api);
        RateLimits.Add(builder.Services, options, () => api);
        PortalSetup.Add(builder.Services, options, clock ?? TimeProvider.System, () => api);

        configure?.Invoke(builder);

        var time = clock ?? TimeProvider.System;
        var app = builder.Build();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("engine");

        // The store first: an unreachable database or a malformed --db stops the start before the rules are compiled.
        var store = StoreLocation.Parse(options.DbPath).Open(time);
        if (store is IDisposable disposable)
        {
            app.Lifetime.ApplicationStopped.Register(disposable.Dispose);
        }

        var catalog = new LedgerCatalog(options.TargetsRoot, time, log);
        await catalog.StartAsync(options.Watch).ConfigureAwait(false);
        app.Lifetime.ApplicationStopped.Register(catalog.Dispose);
        var denials = new DenialLog(log, app.Services.GetRequiredService<IMeterFactory>().Create(DenialLog.MeterName));
        var answers = app.Services.GetRequiredService<AssessmentCache>();
        foreach (var entry in catalog.Entries)
        {
            entry.Reloaded += () => answers.Clear(entry.Id);
        }

        api = new ApiServices(catalog, store, new KeyRing(options.KeysPath, log), options, time, denials, answers);
        ApiServices services = api;

        // Bad input is answered where it is found; anything reaching here is the engine's fault, reported as such.
        app.UseExceptionHandler(handler => handler.Run(async context =>
        {
            var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            if (StoreUnavailableException.From(error) is { } unavailable)
            {
                // The database is down or busy: nothing was stored, and the same request may succeed shortly.
                log.LogWarning("{Path}: {Message}", context.Request.Path, unavailable.Message);
                context.Response.Headers.RetryAfter = StoreUnavailableException.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await ApiProblems.Status(StatusCodes.Status503ServiceUnavailable, "the figure store is unavailable; nothing was stored; try again after Retry-After seconds").ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            if (error is BadHttpRequestException && Portal.FormExpired.Applies(context))
            {
                await Portal.FormExpired.WriteAsync(context, services).ConfigureAwait(false);
                return;
            }

            var status = error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
            if (status == StatusCodes.Status500InternalServerError)
            {
                log.LogError(error, "engine error on {Path}", context.Request.Path);
            }

            await ApiProblems.Status(status, status == 500 ? "engine error (not an assessment)" : error?.Message ?? "bad request").ExecuteAsync(context).ConfigureAwait(false);
        }));

        // Whatever the framework answers without a body (404 no route, 405, 415, 413 from the server) is a problem too.
        app.UseStatusCodePages(pages => Portal.FormExpired.Applies(pages.HttpContext) ? Portal.FormExpired.WriteAsync(pages.HttpContext, services) : ApiProblems.Status(pages.HttpContext.Response.StatusCode, StatusTitle(pages.HttpContext.Response.StatusCode)).ExecuteAsync(pages.HttpContext));
        app.Use(SecurityHeaders.Add);

        // Routing first, so a refusal is logged with the route it was for.
        app.UseRouting();
        app.UseRateLimiter();
        // Sessions and form tokens belong to the pages only: the API takes keys in headers, so its requests neither
        // pay for reading a cookie nor can be let in by one.
        app.UseWhen(context => context.Request.Path.StartsWithSegments(PortalRoutes.Root, StringComparison.Ordinal), pages =>
        {
            pages.UseAuthentication();
            pages.UseAntiforgery();
        });

        app.MapOpenApi();
        HealthEndpoint.Map(app, api);
        if (api.Store is IReplicaRegistry)
        {
            var heartbeat = ReplicaRevisions.StartHeartbeat(api, log);
            app.Lifetime.ApplicationStopping.Register(heartbeat.Dispose);
        }

        LedgerEndpoints.MapList(app, api);

        // Every route of one ledger passes the key check, then has its ledger resolved, before its handler runs.
        var ledger = app.MapGroup("/v1/ledgers/{id}")
            .WithMetadata(new ReadKeyRequired(), new LedgerResolved())
            .AddEndpointFilter(new AccessFilter(api))
            .AddEndpointFilter(new LedgerResolution(api));
        LedgerEndpoints.Map(ledger);
        AssessmentEndpoints.Map(ledger, api);
        FigureEndpoints.Map(ledger, api);
        PortalRoutes.Map(app, api);
        return app;
    }

    private static string StatusTitle(int status) => status switch
    {
        StatusCodes.Status404NotFound => "no such route; the OpenAPI document at /openapi/v1.json lists them",
        StatusCodes.Status405MethodNotAllowed => "this route does not take that method; the OpenAPI document at /openapi/v1.json lists them",
        StatusCodes.Status413PayloadTooLarge => "the request body is too large",
        StatusCodes.Status415UnsupportedMediaType => "the body must be JSON (Content-Type: application/json)",
        _ => ReasonPhrases.GetReasonPhrase(status),
    };
}
