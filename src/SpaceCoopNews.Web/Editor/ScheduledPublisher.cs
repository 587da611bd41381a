using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Audit;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Editor;

/// <summary>
/// Flips Scheduled stories to Published when their time comes and clears cached reader output, so
/// a scheduled story shows up everywhere by itself. Sleeps until the next due story (at most a
/// minute, and woken early when an editor schedules one); time comes from the injected TimeProvider.
/// </summary>
public sealed class ScheduledPublisher(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduledPublisher> logger) : BackgroundService
{
    private static readonly TimeSpan LongestSleep = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>Raised after due stories were published, with their slugs.</summary>
    public event Action<IReadOnlyList<string>>? Published;

    /// <summary>Called after a save that scheduled a story, so the next due time is recomputed now.</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already woken by another save.
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            DateTime? nextDue = null;
            try
            {
                nextDue = await PublishDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Publishing scheduled stories failed; trying again shortly");
            }
            var wait = nextDue is { } due ? due - clock.GetUtcNow().UtcDateTime : LongestSleep;
            wait = wait < TimeSpan.Zero ? TimeSpan.Zero : wait > LongestSleep ? LongestSleep : wait;
            using var sleep = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var timer = Task.Delay(wait, clock, sleep.Token);
            var woken = _wake.WaitAsync(sleep.Token);
            await Task.WhenAny(timer, woken);
            await sleep.CancelAsync();
            await Task.WhenAll(timer, woken).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <summary>Publishes every Scheduled story now due; returns the next due time, if any.</summary>
    public async Task<DateTime?> PublishDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Articles
            .Where(a => a.Status == ArticleStatus.Scheduled && a.PublishedAt <= now)
            .ToListAsync(cancellationToken);
        if (due.Count > 0)
        {
            var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
            foreach (var article in due)
            {
                // Not a new version: an editor with the story open can still save without a conflict.
                article.Status = ArticleStatus.Published;
                audit.Add("article.publish-scheduled", $"article:{article.Slug}", $"due {article.PublishedAt:yyyy-MM-dd HH:mm} UTC");
            }
            await db.SaveChangesAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<PublishedArticlesCache>().EvictAsync(cancellationToken);
            logger.LogInformation("Published {Count} scheduled stories", due.Count);
            Published?.Invoke(due.Select(a => a.Slug).ToList());
        }
        return await db.Articles
            .Where(a => a.Status == ArticleStatus.Scheduled)
            .MinAsync(a => a.PublishedAt, cancellationToken);
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
