using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Audit;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Editor;
using SpaceCoopNews.Web.Entities;
using SpaceCoopNews.Web.Tagging;

namespace SpaceCoopNews.Web.CatalogueEditing;

/// <summary>
/// Saves an editor's catalogue entry: checks the slug against every entry and old address, keeps a
/// renamed entry's old slug as a redirect, marks the entry as the editor's, audits, then refreshes
/// cached pages and re-tags the stories with the new names.
/// </summary>
public sealed class CatalogueWriter(NewsDbContext db, AuditLog audit, PublishedArticlesCache cache, RetagService retag)
{
    public async Task<CatalogueSaveOutcome> SaveAsync(int? id, EntityForm form, CancellationToken cancellationToken)
    {
        // Immediate: the write lock is taken before the entry is read, so the check below and
        // the save cannot interleave with another editor's save.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entity = id is null ? null : await db.Entities.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (id is not null && entity is null)
        {
            return new CatalogueSaveOutcome.NotFound();
        }
        if (entity is not null && form.Fingerprint is { } opened && opened != EntityForm.FingerprintOf(entity))
        {
            return new CatalogueSaveOutcome.Conflict(entity);
        }
        var slug = form.SlugOrFromName();
        if (await SlugClashAsync(slug, id, cancellationToken) is { } clash)
        {
            return new CatalogueSaveOutcome.SlugTaken(clash);
        }
        // The entry takes back one of its own old addresses: that address stops redirecting.
        var ownOldSlug = await db.EntitySlugRedirects.FirstOrDefaultAsync(r => r.OldSlug == slug, cancellationToken);
        if (ownOldSlug is not null)
        {
            db.EntitySlugRedirects.Remove(ownOldSlug);
        }

        string action;
        if (entity is null)
        {
            entity = new Entity { Slug = slug, Name = form.Name };
            db.Entities.Add(entity);
            action = "entity.create";
        }
        else
        {
            action = "entity.save";
            if (entity.Slug != slug)
            {
                db.EntitySlugRedirects.Add(new EntitySlugRedirect { OldSlug = entity.Slug, Entity = entity });
                await RelatedSlugs.ReplaceAsync(db, entity.Slug, slug, cancellationToken);
                action = "entity.rename";
            }
        }
        var oldSlug = entity.Slug;
        form.CopyTo(entity);
        entity.Slug = slug;
        entity.EditedByEditor = true;
        audit.Add(action, $"entity:{slug}", oldSlug == slug ? entity.Name : $"{entity.Name}; was {oldSlug}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 })
        {
            // Another editor took the slug between the check and the save.
            return new CatalogueSaveOutcome.SlugTaken($"Another entry has just taken the address {slug}. Choose a different slug.");
        }
        await cache.EvictAsync(cancellationToken);
        retag.Request();
        return new CatalogueSaveOutcome.Saved(entity);
    }

    /// <summary>Why the slug cannot be used by entry <paramref name="id"/>, or null when it can.</summary>
    private async Task<string?> SlugClashAsync(string slug, int? id, CancellationToken cancellationToken)
    {
        var owner = await db.Entities.AsNoTracking()
            .Where(e => e.Slug == slug && e.Id != id)
            .Select(e => new { e.Kind, e.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (owner is not null)
        {
            return $"{owner.Name} already uses the address /{EntitySection.Of(owner.Kind)}/{slug}. Choose a different slug.";
        }
        var redirect = await db.EntitySlugRedirects.AsNoTracking()
            .Where(r => r.OldSlug == slug && r.EntityId != id)
            .Select(r => new { r.Entity.Kind, r.Entity.Name })
            .FirstOrDefaultAsync(cancellationToken);
        return redirect is null ? null
            : $"{slug} is an old address of {redirect.Name} ({EntitySection.Singular(redirect.Kind)}) and redirects there. Choose a different slug.";
    }
}

/// <summary>What saving a catalogue entry came to.</summary>
public abstract record CatalogueSaveOutcome
{
    public sealed record Saved(Entity Entity) : CatalogueSaveOutcome;
    public sealed record SlugTaken(string Message) : CatalogueSaveOutcome;
    public sealed record NotFound : CatalogueSaveOutcome;

    /// <summary>Someone saved the entry after this editor opened it; nothing was written.</summary>
    public sealed record Conflict(Entity Current) : CatalogueSaveOutcome;
}
