using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.CatalogueEditing;

/// <summary>Where an old entity slug (renamed or merged away) lives now.</summary>
public static class SlugRedirects
{
    /// <summary>The kind and current slug of the entry that used to answer to <paramref name="oldSlug"/>, or null.</summary>
    public static async Task<(EntityKind Kind, string Slug)?> FindAsync(NewsDbContext db, string oldSlug, CancellationToken cancellationToken)
    {
        var target = await db.EntitySlugRedirects.AsNoTracking()
            .Where(r => r.OldSlug == oldSlug)
            .Select(r => new { r.Entity.Kind, r.Entity.Slug })
            .FirstOrDefaultAsync(cancellationToken);
        return target is null ? null : (target.Kind, target.Slug);
    }
}
