using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Articles;

/// <summary>A link from a story to an entity page, as shown under a story.</summary>
public sealed record EntityChip(EntityKind Kind, string Slug, string Name)
{
    public string Path => PathFor(Kind, Slug);

    public string KindName => Kind.ToString().ToLowerInvariant();

    public static string PathFor(EntityKind kind, string slug) => kind switch
    {
        EntityKind.Agency => $"/agencies/{slug}",
        EntityKind.Mission => $"/missions/{slug}",
        _ => $"/people/{slug}",
    };

    /// <summary>Chips of many stories in one query; rejected links are never shown.</summary>
    public static async Task<ILookup<int, EntityChip>> ForArticlesAsync(NewsDbContext db, IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken)
    {
        var rows = await db.ArticleEntities.AsNoTracking()
            .Where(l => articleIds.Contains(l.ArticleId) && l.State != LinkState.Rejected)
            .OrderBy(l => l.Entity.Kind).ThenByDescending(l => l.Confidence).ThenBy(l => l.Entity.Name)
            .Select(l => new { l.ArticleId, l.Entity.Kind, l.Entity.Slug, l.Entity.Name })
            .ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.ArticleId, r => new EntityChip(r.Kind, r.Slug, r.Name));
    }
}
