using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace SpaceCoopNews.Web.Api;

/// <summary>Per-IP fixed-window limits for the API and the search page (section "RateLimiting").</summary>
public sealed class RateLimitingOptions
{
    public bool Enabled { get; set; } = true;

    [Required]
    public WindowLimit Api { get; set; } = new();

    [Required]
    public WindowLimit Search { get; set; } = new();
}

/// <summary>At most PermitLimit requests per WindowSeconds from one IP address.</summary>
public sealed class WindowLimit
{
    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; } = 2000;

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 10;
}

/// <summary>
/// One global limiter partitioned by area and client IP, so endpoints mapped later under /api or
/// /search are limited without opting in. Rejections answer 429 with Retry-After.
/// </summary>
public static class ApiRateLimits
{
    public static IServiceCollection AddApiRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitingOptions>().BindConfiguration("RateLimiting").ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
            limiter.OnRejected = OnRejectedAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
        var path = context.Request.Path;
        var (area, limit) = path.StartsWithSegments("/api") ? ("api", options.Api)
            : path.StartsWithSegments("/search") ? ("search", options.Search)
            : ("", null);
        if (!options.Enabled || limit is null)
        {
            return RateLimitPartition.GetNoLimiter("");
        }
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter($"{area}:{client}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = TimeSpan.FromSeconds(limit.WindowSeconds),
            QueueLimit = 0,
        });
    }

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many requests",
                    Detail = $"This client has used its requests for now; retry after {seconds} seconds.",
                },
            });
        }
        // Pages get the 429 status page from the status code pages middleware.
    }
}
