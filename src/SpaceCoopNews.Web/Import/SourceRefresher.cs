using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Import.Parsing;

namespace SpaceCoopNews.Web.Import;

/// <summary>
/// One poll of one source: fetch, parse, import and record the outcome on the source. The stories
/// and the source's new state are committed together; a failure commits only the error and the backoff.
/// </summary>
public sealed class SourceRefresher(
    NewsDbContext db, FeedFetcher fetcher, FeedParser parser, FeedImporter importer,
    IOptions<ImportOptions> options, TimeProvider clock, ILogger<SourceRefresher> logger)
{
    private const int MaxRejectionLines = 20;

    public async Task<ImportSummary?> RefreshAsync(int sourceId, CancellationToken cancellationToken)
    {
        var source = await db.FeedSources.SingleAsync(s => s.Id == sourceId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            var fetched = await fetcher.FetchAsync(new Uri(source.FeedUrl), source.ETag, source.LastModified, cancellationToken);
            ImportSummary? summary = null;
            if (!fetched.NotModified)
            {
                var feed = parser.Parse(fetched.Body, fetched.FinalUri);
                summary = await importer.StageAsync(feed, new ImportTarget(source.Id, source.Name, source.PublishDirectly), null, cancellationToken);
                source.ETag = fetched.ETag;
                source.LastModified = fetched.LastModified;
            }
            RecordSuccess(source, summary, now);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Source {Source}: {Outcome}", source.Name, summary?.Counts ?? "not modified");
            return summary;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var message = ex is FeedRejectedException ? ex.Message : $"Unexpected error: {ex.Message}";
            logger.LogWarning(ex is FeedRejectedException ? null : ex, "Source {Source} failed: {Error}", source.Name, message);
            // Drop whatever was staged: the fetch commits nothing but the error and the backoff.
            db.ChangeTracker.Clear();
            var fresh = await db.FeedSources.SingleAsync(s => s.Id == sourceId, CancellationToken.None);
            RecordFailure(fresh, message, now);
            await db.SaveChangesAsync(CancellationToken.None);
            throw new FeedRejectedException(message, ex);
        }
    }

    private void RecordSuccess(FeedSource source, ImportSummary? summary, DateTime now)
    {
        source.LastPolledAt = now;
        source.LastSuccessAt = now;
        source.ConsecutiveFailures = 0;
        source.NextPollAt = now + TimeSpan.FromMinutes(source.PollIntervalMinutes);
        source.LastNewCount = summary?.New ?? 0;
        source.LastDuplicateCount = summary?.Duplicate ?? 0;
        source.LastRejectedCount = summary?.Rejected ?? 0;
        source.TotalNewCount += source.LastNewCount;
        source.TotalDuplicateCount += source.LastDuplicateCount;
        source.TotalRejectedCount += source.LastRejectedCount;
        if (summary is not null)
        {
            source.LastRejections = summary.Rejections.Count == 0 ? null : Truncate(string.Join("\n", summary.Rejections.Take(MaxRejectionLines)), 4000);
        }
    }

    private void RecordFailure(FeedSource source, string message, DateTime now)
    {
        source.LastPolledAt = now;
        source.LastErrorAt = now;
        source.LastError = Truncate(message, 2000);
        source.ConsecutiveFailures++;
        source.NextPollAt = now + Backoff(source.PollIntervalMinutes, source.ConsecutiveFailures, options.Value.MaxBackoff);
    }

    /// <summary>interval × 2^failures, capped: a broken source is asked less and less often, but never forgotten.</summary>
    public static TimeSpan Backoff(int intervalMinutes, int failures, TimeSpan max)
    {
        var minutes = intervalMinutes * Math.Pow(2, Math.Min(failures, 20));
        return TimeSpan.FromMinutes(Math.Min(minutes, Math.Max(max.TotalMinutes, intervalMinutes)));
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
