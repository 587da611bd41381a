using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SpaceCoopNews.Web.Articles;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Import.Cleaning;
using SpaceCoopNews.Web.Import.Deduplication;
using SpaceCoopNews.Web.Import.Parsing;
using SpaceCoopNews.Web.Tagging;

namespace SpaceCoopNews.Web.Import;

/// <summary>Who an import is for: the source (if any), the name shown on stories, and whether they go live at once.</summary>
public sealed record ImportTarget(int? SourceId, string SourceName, bool Publish);

/// <summary>What one feed fetch gave: counts and one line per rejected item.</summary>
public sealed record ImportSummary(string Format, string? FeedTitle, int New, int Duplicate, int Rejected, IReadOnlyList<string> Rejections)
{
    public string Counts => $"{New} new, {Duplicate} duplicate, {Rejected} rejected";
}

/// <summary>
/// Cleans, deduplicates, tags and stages a parsed feed's items as articles in the caller's DbContext.
/// Nothing is saved here: the caller commits once, so a fetch is stored whole or not at all.
/// </summary>
public sealed class FeedImporter(NewsDbContext db, FeedItemCleaner cleaner, StoryTagger tagger, IOptions<ImportOptions> options, TimeProvider clock)
{
    /// <summary>Two stories with the same normalized title from different sources this close together are one story.</summary>
    public static readonly TimeSpan NearDuplicateWindow = TimeSpan.FromHours(24);

    public async Task<ImportSummary> StageAsync(RawFeed feed, ImportTarget target, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rejections = new List<string>();
        var clean = new List<CleanItem>();
        foreach (var item in feed.Items)
        {
            if (item.Position > options.Value.MaxItemsPerFeed)
            {
                rejections.Add($"item {item.Position}: the feed has more than {options.Value.MaxItemsPerFeed} items");
            }
            else if (cleaner.Clean(item, now, out var why) is { } cleaned)
            {
                clean.Add(cleaned);
            }
            else
            {
                rejections.Add($"item {item.Position}: {why}");
            }
            progress?.Report(item.Position);
        }

        var keyed = clean.Select(c => (Item: c, Url: CanonicalUrl.From(c.Link), Hash: ContentFingerprint.Hash(c.Title, c.BodyText), Title: ContentFingerprint.NormalizeTitle(c.Title))).ToList();
        var urls = keyed.Select(k => k.Url).Distinct().ToList();
        var hashes = keyed.Select(k => k.Hash).Distinct().ToList();
        var seenUrls = (await db.Articles.Where(a => a.CanonicalUrl != null && urls.Contains(a.CanonicalUrl))
            .Select(a => a.CanonicalUrl!).ToListAsync(cancellationToken)).ToHashSet();
        var seenHashes = (await db.Articles.Where(a => a.ContentHash != null && hashes.Contains(a.ContentHash))
            .Select(a => a.ContentHash!).ToListAsync(cancellationToken)).ToHashSet();
        var takenSlugs = new HashSet<string>();
        var added = 0;
        var duplicates = 0;
        foreach (var (item, url, hash, title) in keyed)
        {
            if (!seenUrls.Add(url) || !seenHashes.Add(hash) || await IsNearDuplicateAsync(title, item.PublishedAtUtc, target.SourceId, cancellationToken))
            {
                duplicates++;
                continue;
            }
            var article = new Article
            {
                Slug = await UniqueSlugAsync(item.Title, takenSlugs, cancellationToken),
                Title = item.Title,
                Summary = item.Summary,
                BodyMarkdown = item.BodyMarkdown,
                BodyHtml = item.BodyHtml,
                SourceName = target.SourceName,
                SourceUrl = item.Link.AbsoluteUri,
                Author = item.Author,
                PublishedAt = item.PublishedAtUtc,
                CreatedAt = now,
                UpdatedAt = now,
                Status = target.Publish ? ArticleStatus.Published : ArticleStatus.Draft,
                SourceId = target.SourceId,
                CanonicalUrl = url,
                ContentHash = hash,
                NormalizedTitle = title,
            };
            await tagger.TagAsync(article, cancellationToken);
            db.Articles.Add(article);
            added++;
        }
        return new ImportSummary(feed.Format, feed.Title, added, duplicates, rejections.Count, rejections);
    }

    private Task<bool> IsNearDuplicateAsync(string normalizedTitle, DateTime publishedAt, int? sourceId, CancellationToken cancellationToken)
    {
        var from = publishedAt - NearDuplicateWindow;
        var to = publishedAt + NearDuplicateWindow;
        return db.Articles.AnyAsync(a => a.NormalizedTitle == normalizedTitle && a.PublishedAt >= from && a.PublishedAt <= to
            && a.SourceId != sourceId, cancellationToken);
    }

    private async Task<string> UniqueSlugAsync(string title, HashSet<string> taken, CancellationToken cancellationToken)
    {
        var stem = Slug.From(title);
        stem = stem.Length == 0 ? "story" : stem[..Math.Min(stem.Length, Slug.MaxLength - 8)].TrimEnd('-');
        var existing = (await db.Articles.Where(a => a.Slug == stem || a.Slug.StartsWith(stem + "-"))
            .Select(a => a.Slug).ToListAsync(cancellationToken)).ToHashSet();
        for (var n = 1; ; n++)
        {
            var candidate = n == 1 ? stem : $"{stem}-{n}";
            if (!existing.Contains(candidate) && taken.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
