using SpaceCoopNews.Tagging;

namespace SpaceCoopNews.Web.Tagging;

/// <summary>Points a seed entry's references (agency, missions, crew, vehicle, programme) at entries' current slugs after renames and merges.</summary>
public static class CatalogueSlugs
{
    public static CatalogueEntity Rewrite(CatalogueEntity entity, IReadOnlyDictionary<string, string> renamed)
    {
        if (renamed.Count == 0 || !entity.References().Any(renamed.ContainsKey))
        {
            return entity;
        }
        string? One(string? slug) => slug is not null && renamed.TryGetValue(slug, out var current) ? current : slug;
        IReadOnlyList<string>? Many(IReadOnlyList<string>? slugs) => slugs?.Select(s => One(s)!).Distinct().ToList();
        return entity with
        {
            Agency = One(entity.Agency),
            Vehicle = One(entity.Vehicle),
            PartOf = One(entity.PartOf),
            Missions = Many(entity.Missions),
            Agencies = Many(entity.Agencies),
            Crew = Many(entity.Crew),
        };
    }
}
