using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Import;

/// <summary>Polls every enabled source when it is due, one at a time; one source's failure never stops the others.</summary>
public sealed class SourcePoller(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ImportOptions> options, ILogger<SourcePoller> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.PollerEnabled)
        {
            return;
        }
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await PollDueSourcesAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Polling sources failed; trying again next tick");
                }
                await Task.Delay(options.Value.PollerTick, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Refreshes the sources due now; returns how many were polled.</summary>
    public async Task<int> PollDueSourcesAsync(CancellationToken cancellationToken)
    {
        List<int> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var now = clock.GetUtcNow().UtcDateTime;
            due = await scope.ServiceProvider.GetRequiredService<NewsDbContext>().FeedSources
                .Where(s => s.Enabled && (s.NextPollAt == null || s.NextPollAt <= now))
                .OrderBy(s => s.NextPollAt).Select(s => s.Id)
                .ToListAsync(cancellationToken);
        }
        foreach (var id in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<SourceRefresher>().RefreshAsync(id, cancellationToken);
            }
            catch (FeedRejectedException)
            {
                // Already recorded on the source and logged; the next source goes ahead.
            }
        }
        return due.Count;
    }
}
