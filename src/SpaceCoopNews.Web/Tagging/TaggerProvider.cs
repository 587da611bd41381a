using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Tagging;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Tagging;

/// <summary>
/// The tagger in use: the catalogue seed with editors' changes from the database laid over it.
/// Built lazily and shared (Tagger is thread-safe); Invalidate after the catalogue is edited.
/// </summary>
public sealed class TaggerProvider(Catalogue seed, IServiceScopeFactory scopes)
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private volatile Tagger? _current;

    public Catalogue Seed => seed;

    /// <summary>Changes whenever the tagging code or the embedded catalogue changes (deterministic builds).</summary>
    public static string TaggerFingerprint => typeof(Tagger).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public async ValueTask<Tagger> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } tagger)
        {
            return tagger;
        }
        await _building.WaitAsync(cancellationToken);
        try
        {
            return _current ??= new Tagger(await LoadCatalogueAsync(cancellationToken));
        }
        finally
        {
            _building.Release();
        }
    }

    public void Invalidate() => _current = null;

    private async Task<Catalogue> LoadCatalogueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var stored = await db.Entities.AsNoTracking().ToListAsync(cancellationToken);
        if (stored.Count == 0)
        {
            return seed;
        }
        // Renamed and merged entries keep their seed entry (and its disambiguation data) under their old slugs.
        var oldSlugs = await db.EntitySlugRedirects.AsNoTracking()
            .Select(r => new { r.OldSlug, r.EntityId })
            .ToListAsync(cancellationToken);
        var currentSlug = stored.ToDictionary(e => e.Id, e => e.Slug);
        var renamed = oldSlugs.ToDictionary(r => r.OldSlug, r => currentSlug[r.EntityId], StringComparer.Ordinal);
        var oldSlugsOf = oldSlugs.ToLookup(r => r.EntityId, r => r.OldSlug);
        return Catalogue.Load(stored.Select(entity =>
        {
            var fromSeed = seed.Find(entity.Slug) ?? oldSlugsOf[entity.Id].Select(seed.Find).FirstOrDefault(e => e is not null);
            return fromSeed switch
            {
                { } unchanged when !entity.EditedByEditor => CatalogueSlugs.Rewrite(unchanged, renamed),
                { } edited => CatalogueSlugs.Rewrite(edited with
                {
                    Kind = entity.Kind,
                    Slug = entity.Slug,
                    Name = entity.Name,
                    Aliases = entity.Aliases,
                    Description = entity.Description,
                    Country = entity.Country,
                }, renamed),
                null => new CatalogueEntity(entity.Kind, entity.Slug, entity.Name, entity.Aliases, Description: entity.Description, Country: entity.Country),
            };
        }));
    }
}
