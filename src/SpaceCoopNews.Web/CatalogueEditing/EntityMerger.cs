using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Audit;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Editor;
using SpaceCoopNews.Web.Tagging;

namespace SpaceCoopNews.Web.CatalogueEditing;

/// <summary>
/// Merges a duplicate catalogue entry into the one kept, in one transaction: story links move
/// (one link a story, the editor's decision winning), names become aliases, old addresses redirect,
/// related lists are rewritten, and the duplicate is deleted.
/// </summary>
public sealed class EntityMerger(NewsDbContext db, AuditLog audit, PublishedArticlesCache cache, RetagService retag)
{
    public async Task<MergeOutcome> MergeAsync(string keepSlug, string mergeSlug, CancellationToken cancellationToken)
    {
        if (keepSlug == mergeSlug)
        {
            return new MergeOutcome.Refused("Choose two different entries.");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var keep = await db.Entities.FirstOrDefaultAsync(e => e.Slug == keepSlug, cancellationToken);
        var merge = await db.Entities.FirstOrDefaultAsync(e => e.Slug == mergeSlug, cancellationToken);
        if (keep is null || merge is null)
        {
            return new MergeOutcome.Refused("One of the entries no longer exists.");
        }
        if (keep.Kind != merge.Kind)
        {
            return new MergeOutcome.Refused("Only entries of the same kind can be merged. Change the kind of one of them first.");
        }

        var moved = await MoveLinksAsync(keep.Id, merge.Id, cancellationToken);
        await db.EntitySlugRedirects.Where(r => r.EntityId == merge.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.EntityId, keep.Id), cancellationToken);

        keep.Aliases = keep.Aliases.Append(merge.Name).Concat(merge.Aliases)
            .Where(a => !string.Equals(a, keep.Name, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        keep.Related = keep.Related.Concat(merge.Related).Where(s => s != keep.Slug && s != merge.Slug).Distinct().ToList();
        keep.Description = keep.Description.Length > 0 ? keep.Description : merge.Description;
        keep.Country ??= merge.Country;
        keep.Role ??= merge.Role;
        keep.Dates ??= merge.Dates;
        keep.EditedByEditor = true;
        await RelatedSlugs.ReplaceAsync(db, merge.Slug, keep.Slug, cancellationToken);
        db.EntitySlugRedirects.Add(new EntitySlugRedirect { OldSlug = merge.Slug, EntityId = keep.Id });
        db.Entities.Remove(merge);
        audit.Add("entity.merge", $"entity:{keep.Slug}", $"merged {merge.Name} ({merge.Slug}) into {keep.Name}; {moved} story links moved");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await cache.EvictAsync(cancellationToken);
        retag.Request();
        return new MergeOutcome.Merged(keep, moved);
    }

    /// <summary>Moves the duplicate's story links to the kept entry; returns how many stories it was linked to.</summary>
    private async Task<int> MoveLinksAsync(int keepId, int mergeId, CancellationToken cancellationToken)
    {
        var both = await db.ArticleEntities
            .Where(l => (l.EntityId == keepId || l.EntityId == mergeId)
                && db.ArticleEntities.Any(o => o.ArticleId == l.ArticleId && o.EntityId == keepId)
                && db.ArticleEntities.Any(o => o.ArticleId == l.ArticleId && o.EntityId == mergeId))
            .ToListAsync(cancellationToken);
        foreach (var pair in both.GroupBy(l => l.ArticleId))
        {
            var kept = pair.Single(l => l.EntityId == keepId);
            var merged = pair.Single(l => l.EntityId == mergeId);
            Combine(kept, merged);
            db.ArticleEntities.Remove(merged);
        }
        await db.SaveChangesAsync(cancellationToken);
        var moved = await db.ArticleEntities.Where(l => l.EntityId == mergeId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.EntityId, keepId), cancellationToken);
        return moved + both.Count / 2;
    }

    /// <summary>
    /// One link from two on the same story: an editor's confirmation or manual link beats a suggestion,
    /// a suggestion beats a rejection (rejected only when both were); mentions are the union of both.
    /// </summary>
    public static void Combine(ArticleEntity kept, ArticleEntity merged)
    {
        var winner = Rank(merged) > Rank(kept) ? merged : kept;
        var mentions = JsonSerializer.Deserialize<List<StoredMention>>(kept.Mentions, StoredMention.Json) ?? [];
        mentions.AddRange(JsonSerializer.Deserialize<List<StoredMention>>(merged.Mentions, StoredMention.Json) ?? []);
        kept.Mentions = JsonSerializer.Serialize(
            mentions.DistinctBy(m => (m.Field, m.Start, m.Length)).OrderBy(m => m.Field, StringComparer.Ordinal).ThenBy(m => m.Start),
            StoredMention.Json);
        kept.Confidence = Math.Max(kept.Confidence, merged.Confidence);
        if (winner == merged)
        {
            kept.State = merged.State;
            kept.Source = merged.Source;
            kept.Evidence = merged.Evidence;
        }
    }

    private static int Rank(ArticleEntity link) => link.State switch
    {
        LinkState.Confirmed => link.Source == LinkSource.Editor ? 4 : 3,
        LinkState.Suggested => link.Source == LinkSource.Editor ? 2 : 1,
        _ => 0,
    };
}

/// <summary>What a merge came to.</summary>
public abstract record MergeOutcome
{
    public sealed record Merged(Entity Kept, int StoryLinks) : MergeOutcome;
    public sealed record Refused(string Message) : MergeOutcome;
}
