using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.CatalogueEditing;

/// <summary>Keeps entries' "related" lists pointing at current slugs when an entry is renamed or merged.</summary>
public static class RelatedSlugs
{
    /// <summary>Changes every reference to <paramref name="from"/> into <paramref name="to"/> (tracked; the caller saves).</summary>
    public static async Task ReplaceAsync(NewsDbContext db, string from, string to, CancellationToken cancellationToken)
    {
        var referring = await db.Entities.Where(e => e.Related.Contains(from)).ToListAsync(cancellationToken);
        foreach (var entity in referring)
        {
            entity.Related = entity.Related.Select(s => s == from ? to : s).Where(s => s != entity.Slug).Distinct().ToList();
        }
    }
}
