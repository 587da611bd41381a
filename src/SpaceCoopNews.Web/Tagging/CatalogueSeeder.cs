using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Tagging;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Tagging;

/// <summary>
/// Applies the catalogue seed to the database when its version changes. Entries an editor changed
/// are left as the editor left them, renamed or merged entries are not added back; entries dropped from the seed stay (stories may link to them).
/// </summary>
public sealed class CatalogueSeeder(NewsDbContext db, TaggerProvider taggers, ILogger<CatalogueSeeder> logger)
{
    public const string VersionKey = "catalogue.version";

    public async Task ApplyAsync(CancellationToken cancellationToken = default)
    {
        var seed = taggers.Seed;
        var applied = await db.Settings.FirstOrDefaultAsync(s => s.Key == VersionKey, cancellationToken);
        if (applied?.Value == seed.Version)
        {
            return;
        }
        var stored = await db.Entities.ToDictionaryAsync(e => e.Slug, cancellationToken);
        // An editor renamed or merged these entries: their seed entries live on under the new slug.
        var redirected = (await db.EntitySlugRedirects.Select(r => r.OldSlug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        int added = 0, updated = 0;
        foreach (var entry in seed.Entities.Where(e => !redirected.Contains(e.Slug)))
        {
            if (!stored.TryGetValue(entry.Slug, out var entity))
            {
                entity = new Entity { Slug = entry.Slug, Name = entry.Name };
                db.Entities.Add(entity);
                added++;
            }
            else if (entity.EditedByEditor)
            {
                continue;
            }
            else
            {
                updated++;
            }
            Copy(entry, entity);
        }
        if (applied is null)
        {
            db.Settings.Add(new Setting { Key = VersionKey, Value = seed.Version });
        }
        else
        {
            applied.Value = seed.Version;
        }
        await db.SaveChangesAsync(cancellationToken);
        taggers.Invalidate();
        logger.LogInformation("Catalogue {Version} applied: {Added} entities added, {Updated} refreshed", seed.Version[..12], added, updated);
    }

    private static void Copy(CatalogueEntity entry, Entity entity)
    {
        entity.Kind = entry.Kind;
        entity.Name = entry.Name;
        entity.Aliases = [.. entry.Aliases ?? []];
        entity.Description = entry.Description ?? "";
        entity.Country = entry.Country;
        entity.Role = entry.Role ?? entry.Category ?? entry.Type;
        entity.Dates = (entry.Start, entry.End) switch
        {
            (null, null) => null,
            ({ } start, null) => start,
            (null, { } end) => $"until {end}",
            ({ } start, { } end) => $"{start} – {end}",
        };
        entity.Related = entry.References().Distinct().ToList();
    }
}
