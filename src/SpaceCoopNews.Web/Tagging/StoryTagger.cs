using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Tagging;

/// <summary>
/// Runs the tagger over a story and updates its links in the DbContext; the caller's SaveChanges
/// commits story and links together. Editors' decisions (confirmed, rejected, manual links) are
/// never dropped: only automatic suggestions are added, refreshed or removed.
/// </summary>
public sealed class StoryTagger(NewsDbContext db, TaggerProvider taggers)
{
    public async Task TagAsync(Article article, CancellationToken cancellationToken)
    {
        var tagger = await taggers.GetAsync(cancellationToken);
        var result = tagger.Tag(article.Title, article.Summary, article.BodyMarkdown);

        var slugs = result.Entities.Select(e => e.Slug).ToList();
        var entityIds = await db.Entities.Where(e => slugs.Contains(e.Slug))
            .ToDictionaryAsync(e => e.Slug, e => e.Id, cancellationToken);
        if (db.Entry(article).State is EntityState.Unchanged or EntityState.Modified)
        {
            await db.Entry(article).Collection(a => a.Entities).LoadAsync(cancellationToken);
        }

        var existing = article.Entities.ToDictionary(l => l.EntityId);
        var found = new HashSet<int>();
        foreach (var link in result.Entities)
        {
            if (!entityIds.TryGetValue(link.Slug, out var entityId) || !found.Add(entityId))
            {
                continue;
            }
            var mentions = JsonSerializer.Serialize(link.Mentions.Select(m => new StoredMention(m.Field, m.Start, m.Length, m.Text)), StoredMention.Json);
            if (!existing.TryGetValue(entityId, out var stored))
            {
                stored = new ArticleEntity { EntityId = entityId, Source = LinkSource.Automatic, State = LinkState.Suggested };
                article.Entities.Add(stored);
            }
            stored.Confidence = link.Confidence;
            stored.Mentions = mentions;
            stored.Evidence = link.Evidence;
        }
        foreach (var stale in article.Entities.Where(l => !found.Contains(l.EntityId) && l.Source == LinkSource.Automatic && l.State == LinkState.Suggested).ToList())
        {
            article.Entities.Remove(stale);
        }
    }
}

/// <summary>A mention as stored in ArticleEntity.Mentions and returned by the API.</summary>
public sealed record StoredMention(string Field, int Start, int Length, string Text)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
