using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Health;

/// <summary>Healthy when the database answers a query and has no pending migrations.</summary>
public sealed class DatabaseHealthCheck(NewsDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            if (pending > 0)
            {
                return HealthCheckResult.Unhealthy($"{pending} migrations are not applied; run the migrate command.");
            }
            var articles = await db.Articles.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy($"SQLite answers; {articles} stories stored.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The database cannot be read: {ex.Message}");
        }
    }
}
