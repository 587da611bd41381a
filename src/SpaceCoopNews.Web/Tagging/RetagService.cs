using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Feeds;

namespace SpaceCoopNews.Web.Tagging;

/// <summary>
/// Re-tags every story in the background when the tagger or the catalogue changed since the
/// stories were last tagged (or when asked to, after a catalogue edit), logging its progress.
/// </summary>
public sealed class RetagService(IServiceScopeFactory scopes, TaggerProvider taggers, IOutputCacheStore cache, ILogger<RetagService> logger) : BackgroundService
{
    public const string FingerprintKey = "tagging.fingerprint";
    private const int BatchSize = 200;
    private readonly SemaphoreSlim _requested = new(0);

    /// <summary>Asks for a full re-tag, e.g. after an editor changed the catalogue.</summary>
    public void Request()
    {
        taggers.Invalidate();
        _requested.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (await FingerprintChangedAsync(stoppingToken))
            {
                await RetagAllAsync(stoppingToken);
            }
            while (!stoppingToken.IsCancellationRequested)
            {
                await _requested.WaitAsync(stoppingToken);
                await RetagAllAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; the fingerprint is only stored after a complete pass, so it resumes next start.
        }
    }

    /// <summary>Tags every story again in batches; each batch commits on its own.</summary>
    public async Task RetagAllAsync(CancellationToken cancellationToken)
    {
        int total, done = 0, lastId = 0;
        await using (var countScope = scopes.CreateAsyncScope())
        {
            total = await countScope.ServiceProvider.GetRequiredService<NewsDbContext>().Articles.CountAsync(cancellationToken);
        }
        logger.LogInformation("Re-tagging {Total} stories", total);
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            var tagger = scope.ServiceProvider.GetRequiredService<StoryTagger>();
            var batch = await db.Articles.Include(a => a.Entities)
                .Where(a => a.Id > lastId).OrderBy(a => a.Id).Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }
            foreach (var article in batch)
            {
                await tagger.TagAsync(article, cancellationToken);
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex)
            {
                // An editor changed links in this batch meanwhile (or merged away an entity it links); their save wins
                // and this batch is retried next pass.
                logger.LogWarning(ex, "Re-tagging skipped a batch changed by an editor");
            }
            lastId = batch[^1].Id;
            done += batch.Count;
            logger.LogInformation("Re-tagged {Done}/{Total} stories", done, total);
        }
        await StoreFingerprintAsync(cancellationToken);
        // Pages and feeds show the links: serve the new ones from now on.
        await cache.EvictByTagAsync(FeedCache.ArticlesTag, cancellationToken);
    }

    private async Task<bool> FingerprintChangedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var stored = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == FingerprintKey, cancellationToken);
        return stored?.Value != TaggerProvider.TaggerFingerprint;
    }

    private async Task StoreFingerprintAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        await StoreFingerprintAsync(db, cancellationToken);
    }

    /// <summary>Records that every story is tagged by the current tagger and catalogue.</summary>
    public static async Task StoreFingerprintAsync(NewsDbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.Settings.FirstOrDefaultAsync(s => s.Key == FingerprintKey, cancellationToken);
        if (stored is null)
        {
            db.Settings.Add(new Setting { Key = FingerprintKey, Value = TaggerProvider.TaggerFingerprint });
        }
        else
        {
            stored.Value = TaggerProvider.TaggerFingerprint;
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
