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

    /// <summary>
    /// Chips of many stories in one query, by kind, then the surest link, then name; rejected links
    /// are never shown. Every search page asks for them, so it is a plain query (<see cref="PlainQueries"/>).
    /// </summary>
    public static async Task<ILookup<int, EntityChip>> ForArticlesAsync(NewsDbContext db, IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken)
    {
        if (articleIds.Count == 0)
        {
            return Array.Empty<(int, EntityChip)>().ToLookup(r => r.Item1, r => r.Item2);
        }
        // Standard SQL with quoted names, so it reads the same on SQLite and PostgreSQL.
        var ids = articleIds.Select((id, i) => ($"@a{i}", (object)id)).ToList();
        var rows = await db.ReadAsync(
            $"""
            SELECT l."ArticleId", e."Kind", e."Slug", e."Name"
            FROM "ArticleEntities" l JOIN "Entities" e ON e."Id" = l."EntityId"
            WHERE l."ArticleId" IN ({string.Join(", ", ids.Select(p => p.Item1))}) AND l."State" <> @rejected
            ORDER BY e."Kind", l."Confidence" DESC, e."Name"
            """,
            r => (ArticleId: r.GetInt32(0), Chip: new EntityChip((EntityKind)r.GetInt32(1), r.GetString(2), r.GetString(3))),
            cancellationToken,
            [.. ids, ("@rejected", (int)LinkState.Rejected)]);
        return rows.ToLookup(r => r.ArticleId, r => r.Chip);
    }
}
