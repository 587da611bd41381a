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
        return Catalogue.Load(stored.Select(entity => seed.Find(entity.Slug) switch
        {
            { } fromSeed when !entity.EditedByEditor => fromSeed,
            { } fromSeed => fromSeed with { Name = entity.Name, Aliases = entity.Aliases, Description = entity.Description },
            null => new CatalogueEntity((SpaceCoopNews.Tagging.EntityKind)entity.Kind, entity.Slug, entity.Name, entity.Aliases, Description: entity.Description, Country: entity.Country),
        }));
    }
}
