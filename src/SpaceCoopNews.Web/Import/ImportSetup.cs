using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using SpaceCoopNews.Web.Import.Cleaning;
using SpaceCoopNews.Web.Import.Parsing;

namespace SpaceCoopNews.Web.Import;

/// <summary>Registers feed import: parser, cleaner, importer, the resilient HTTP client and the background poller.</summary>
public static class ImportSetup
{
    public static IHostApplicationBuilder AddFeedImport(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ImportOptions>().BindConfiguration("Import")
            .Validate(o => o.MaxFeedBytes > 0 && o.MaxDepth > 0 && o.RetryAttempts >= 1 && o.MaxRedirects >= 0, "Import limits must be positive")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new FeedParser(sp.GetRequiredService<IOptions<ImportOptions>>().Value));
        services.AddSingleton<FeedItemCleaner>();
        services.AddScoped<FeedImporter>();
        services.AddScoped<SourceRefresher>();
        services.AddScoped<FeedFetcher>();
        services.AddSingleton<SourcePoller>();
        services.AddHostedService(sp => sp.GetRequiredService<SourcePoller>());

        services.AddHttpClient(FeedFetcher.ClientName, client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("SpaceCoopNews-FeedImport/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // Redirects are followed by FeedFetcher, which names loops and long chains.
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                MaxResponseHeadersLength = 64,
            })
            .AddResilienceHandler("feed-fetch", (pipeline, context) =>
            {
                var limits = context.ServiceProvider.GetRequiredService<IOptions<ImportOptions>>().Value;
                // No circuit breaker: it would be shared by every source, and one broken feed must not block the rest.
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = limits.RetryAttempts,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = limits.RetryBaseDelay,
                });
                pipeline.AddTimeout(limits.AttemptTimeout);
            });
        return builder;
    }
}
