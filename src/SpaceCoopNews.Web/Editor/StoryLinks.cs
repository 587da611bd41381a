using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Articles;
using SpaceCoopNews.Web.Audit;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Tagging;

namespace SpaceCoopNews.Web.Editor;

/// <summary>
/// An editor's review of a story's entity links: confirm or reject suggestions, add links by hand,
/// remove manual ones. Decisions are stored on the link (State, Source), which the tagger keeps
/// on every re-tag. Link changes do not bump the story's version: they never conflict with text edits.
/// </summary>
public sealed class StoryLinks(NewsDbContext db, AuditLog audit, PublishedArticlesCache cache)
{
    public const int SuggestLimit = 10;

    public async Task<IReadOnlyList<LinkView>> ForArticleAsync(Article article, CancellationToken cancellationToken)
    {
        var links = await db.ArticleEntities.AsNoTracking()
            .Where(l => l.ArticleId == article.Id)
            .Select(l => new { l.EntityId, l.Entity.Kind, l.Entity.Slug, l.Entity.Name, l.Source, l.State, l.Confidence, l.Evidence, l.Mentions })
            .ToListAsync(cancellationToken);
        return links
            .OrderBy(l => l.State == LinkState.Rejected).ThenByDescending(l => l.Confidence).ThenBy(l => l.Name)
            .Select(l => new LinkView(l.EntityId, l.Kind, l.Slug, l.Name, l.Source, l.State, l.Confidence, l.Evidence, Snippets(article, l.Mentions)))
            .ToList();
    }

    /// <returns>False when the story has no such link.</returns>
    public async Task<bool> DecideAsync(int articleId, int entityId, LinkDecision decision, CancellationToken cancellationToken)
    {
        var link = await db.ArticleEntities.Include(l => l.Entity).Include(l => l.Article)
            .FirstOrDefaultAsync(l => l.ArticleId == articleId && l.EntityId == entityId, cancellationToken);
        if (link is null)
        {
            return false;
        }
        switch (decision)
        {
            case LinkDecision.Confirm:
                link.State = LinkState.Confirmed;
                break;
            case LinkDecision.Reject:
                link.State = LinkState.Rejected;
                break;
            case LinkDecision.Undo when link.Source == LinkSource.Editor:
                db.ArticleEntities.Remove(link);
                break;
            case LinkDecision.Undo:
                link.State = LinkState.Suggested;
                break;
        }
        audit.Add($"article.link.{decision.ToString().ToLowerInvariant()}", $"article:{link.Article.Slug}", $"{link.Entity.Kind.ToString().ToLowerInvariant()}:{link.Entity.Slug}");
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictAsync(cancellationToken);
        return true;
    }

    /// <summary>Links an entity named by slug, name or alias (exact, any case); null when nothing matches.</summary>
    public async Task<Entity?> AddAsync(int articleId, string nameOrSlug, CancellationToken cancellationToken)
    {
        var article = await db.Articles.FirstAsync(a => a.Id == articleId, cancellationToken);
        var entity = await FindAsync(nameOrSlug.Trim(), cancellationToken);
        if (entity is null)
        {
            return null;
        }
        var link = await db.ArticleEntities.FirstOrDefaultAsync(l => l.ArticleId == articleId && l.EntityId == entity.Id, cancellationToken);
        if (link is null)
        {
            db.ArticleEntities.Add(new ArticleEntity
            {
                ArticleId = articleId, EntityId = entity.Id, Source = LinkSource.Editor, State = LinkState.Confirmed, Confidence = 1,
                Evidence = "Added by an editor",
            });
        }
        else
        {
            link.State = LinkState.Confirmed;
        }
        audit.Add("article.link.add", $"article:{article.Slug}", $"{entity.Kind.ToString().ToLowerInvariant()}:{entity.Slug}");
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictAsync(cancellationToken);
        return entity;
    }

    /// <summary>At most ten entities whose name, alias or slug starts with the text (or has a word starting with it).</summary>
    public async Task<IReadOnlyList<EntitySuggestion>> SuggestAsync(string text, CancellationToken cancellationToken)
    {
        var escaped = text.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
        var prefix = escaped + "%";
        var wordPrefix = "% " + escaped + "%";
        var rows = await db.Entities.AsNoTracking()
            .Where(e => EF.Functions.Like(e.Name, prefix, "\\") || EF.Functions.Like(e.Name, wordPrefix, "\\")
                || EF.Functions.Like(e.Slug, prefix, "\\") || e.Aliases.Any(a => EF.Functions.Like(a, prefix, "\\")))
            .OrderByDescending(e => EF.Functions.Like(e.Name, prefix, "\\"))
            .ThenByDescending(e => e.Articles.Count(l => l.State != LinkState.Rejected))
            .ThenBy(e => e.Name)
            .Take(SuggestLimit)
            .Select(e => new EntitySuggestion(e.Slug, e.Name, e.Kind))
            .ToListAsync(cancellationToken);
        return rows;
    }

    /// <summary>The entities most often linked (not rejected) across all stories, for one-click adding.</summary>
    public async Task<IReadOnlyList<EntitySuggestion>> MostUsedAsync(int exceptArticleId, int count, CancellationToken cancellationToken) =>
        await db.Entities.AsNoTracking()
            .Where(e => !e.Articles.Any(l => l.ArticleId == exceptArticleId))
            .OrderByDescending(e => e.Articles.Count(l => l.State != LinkState.Rejected)).ThenBy(e => e.Name)
            .Take(count)
            .Select(e => new EntitySuggestion(e.Slug, e.Name, e.Kind))
            .ToListAsync(cancellationToken);

    private async Task<Entity?> FindAsync(string text, CancellationToken cancellationToken)
    {
        if (text.Length == 0)
        {
            return null;
        }
        var bySlug = await db.Entities.FirstOrDefaultAsync(e => e.Slug == text.ToLowerInvariant(), cancellationToken);
        if (bySlug is not null)
        {
            return bySlug;
        }
        var escaped = text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
        return await db.Entities.OrderBy(e => e.Id).FirstOrDefaultAsync(e => EF.Functions.Like(e.Name, escaped, "\\"), cancellationToken)
            ?? await db.Entities.OrderBy(e => e.Id).FirstOrDefaultAsync(e => e.Aliases.Any(a => EF.Functions.Like(a, escaped, "\\")), cancellationToken);
    }

    /// <summary>Each mention with up to 60 characters of its field on either side, for highlighting.</summary>
    private static IReadOnlyList<MentionSnippet> Snippets(Article article, string mentionsJson)
    {
        List<StoredMention>? mentions;
        try
        {
            mentions = JsonSerializer.Deserialize<List<StoredMention>>(mentionsJson, StoredMention.Json);
        }
        catch (JsonException)
        {
            return [];
        }
        var snippets = new List<MentionSnippet>();
        foreach (var mention in mentions ?? [])
        {
            var text = mention.Field switch
            {
                "title" => article.Title,
                "summary" => article.Summary,
                "body" => article.BodyMarkdown,
                _ => null,
            };
            if (text is null || mention.Start < 0 || mention.Length <= 0 || mention.Start + mention.Length > text.Length)
            {
                continue;
            }
            var from = Math.Max(0, mention.Start - 60);
            var to = Math.Min(text.Length, mention.Start + mention.Length + 60);
            snippets.Add(new MentionSnippet(mention.Field,
                (from > 0 ? "…" : "") + text[from..mention.Start],
                text.Substring(mention.Start, mention.Length),
                text[(mention.Start + mention.Length)..to] + (to < text.Length ? "…" : "")));
        }
        return snippets;
    }
}

public enum LinkDecision
{
    Confirm,
    Reject,

    /// <summary>Back to a suggestion, or removed when an editor added the link.</summary>
    Undo,
}

public sealed record LinkView(int EntityId, EntityKind Kind, string Slug, string Name, LinkSource Source, LinkState State, double Confidence, string? Evidence, IReadOnlyList<MentionSnippet> Mentions)
{
    public string Path => EntityChip.PathFor(Kind, Slug);
}

public sealed record MentionSnippet(string Field, string Before, string Text, string After);

public sealed record EntitySuggestion(string Slug, string Name, EntityKind Kind);
