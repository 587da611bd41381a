using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Search;

/// <summary>
/// The catalogue held in memory for search: names and aliases by folded key, for filters, for
/// recognising entities in a query and for suggestions. Reloaded when a trigger-kept version
/// number changes, so an edit to the catalogue shows at the next search.
/// </summary>
public sealed class EntityCatalogue
{
    public const string VersionKey = "search.catalogue-version";
    private const int LongestName = 8;

    private volatile Snapshot? current;

    public async Task<Snapshot> GetAsync(NewsDbContext db, CancellationToken cancellationToken)
    {
        var version = await VersionAsync(db, cancellationToken);
        var snapshot = current;
        if (snapshot is not null && snapshot.Version == version)
        {
            return snapshot;
        }
        var rows = await db.Entities.AsNoTracking()
            .OrderBy(e => e.Kind).ThenBy(e => e.Name)
            .Select(e => new { e.Id, e.Kind, e.Slug, e.Name, e.Aliases })
            .ToListAsync(cancellationToken);
        snapshot = new Snapshot(version, rows.Select(r => new CatalogueEntity(r.Id, r.Kind, r.Slug, r.Name, r.Aliases)).ToList());
        current = snapshot;
        return snapshot;
    }

    /// <summary>The version number, read before every search (a plain query: see <see cref="PlainQueries"/>).</summary>
    private static async Task<string> VersionAsync(NewsDbContext db, CancellationToken cancellationToken) =>
        (await db.ReadAsync("""SELECT "Value" FROM "Settings" WHERE "Key" = @key""", r => r.GetString(0), cancellationToken, ("@key", VersionKey)))
            .FirstOrDefault() ?? "0";

    /// <summary>One immutable load of the catalogue.</summary>
    public sealed class Snapshot
    {
        private readonly Dictionary<string, CatalogueEntity> bySlug;
        private readonly Dictionary<string, List<CatalogueEntity>> byKey = [];
        private readonly List<(string Key, CatalogueEntity Entity, bool IsName)> names = [];
        private readonly ILookup<int, string> keysByEntity;

        public Snapshot(string version, IReadOnlyList<CatalogueEntity> entities)
        {
            Version = version;
            Entities = entities;
            bySlug = entities.ToDictionary(e => e.Slug, StringComparer.Ordinal);
            ById = entities.ToDictionary(e => e.Id);
            foreach (var entity in entities)
            {
                foreach (var (text, isName) in entity.Aliases.Select(a => (a, false)).Prepend((entity.Name, true)))
                {
                    var key = SearchText.Key(text);
                    if (key.Length == 0)
                    {
                        continue;
                    }
                    names.Add((key, entity, isName));
                    var list = byKey.TryGetValue(key, out var found) ? found : byKey[key] = [];
                    if (!list.Contains(entity))
                    {
                        list.Add(entity);
                    }
                }
            }
            keysByEntity = names.ToLookup(n => n.Entity.Id, n => n.Key);
            // A surname alone ("Krikalev") names a person when no other entry has that surname or key.
            var surnames = entities.Where(e => e.Kind == EntityKind.Person)
                .SelectMany(e => keysByEntity[e.Id].Where(k => k.Contains(' ')).Select(k => (Surname: k[(k.LastIndexOf(' ') + 1)..], Entity: e)))
                .Distinct()
                .GroupBy(s => s.Surname)
                .Where(g => g.Select(s => s.Entity).Distinct().Count() == 1 && !byKey.ContainsKey(g.Key) && g.Key.Length >= 4);
            foreach (var surname in surnames)
            {
                byKey[surname.Key] = [surname.First().Entity];
            }
        }

        public string Version { get; }
        public IReadOnlyList<CatalogueEntity> Entities { get; }
        public IReadOnlyDictionary<int, CatalogueEntity> ById { get; }

        public CatalogueEntity? FindBySlug(EntityKind kind, string slug) =>
            bySlug.TryGetValue(slug, out var entity) && entity.Kind == kind ? entity : null;

        /// <summary>
        /// Entities named by runs of plain words in the query, longest run first. A name shared by
        /// several entities is ambiguous and names none of them.
        /// </summary>
        public IReadOnlyList<(CatalogueEntity Entity, QueryTerm Term)> Recognise(SearchQuery query)
        {
            var found = new List<(CatalogueEntity, QueryTerm)>();
            var terms = query.Terms;
            var i = 0;
            while (i < terms.Count)
            {
                var matched = false;
                for (var length = Math.Min(LongestName, terms.Count - i); length >= 1 && !matched; length--)
                {
                    var run = terms.Skip(i).Take(length).ToList();
                    if (run.Any(t => t.IsExcluded || t.IsPrefix || (t.IsPhrase && length > 1)))
                    {
                        continue;
                    }
                    var key = string.Join(' ', run.Select(t => t.Normalized));
                    if (byKey.TryGetValue(key, out var entities) && entities.Count == 1)
                    {
                        found.Add((entities[0], new QueryTerm(run.SelectMany(t => t.Words).ToList(), IsPhrase: true)));
                        i += length;
                        matched = true;
                    }
                }
                if (!matched)
                {
                    i++;
                }
            }
            return found;
        }

        /// <summary>Entities whose name, alias or a word of them starts with what was typed.</summary>
        public IReadOnlyList<(CatalogueEntity Entity, string Matched)> Suggest(string typed, EntityKind? kind, int limit)
        {
            var key = SearchText.Key(typed);
            if (key.Length == 0)
            {
                return [];
            }
            return names
                .Where(n => kind is null || n.Entity.Kind == kind)
                .Select(n => (n.Entity, n.Key, n.IsName, Score: n.Key.StartsWith(key, StringComparison.Ordinal) ? 0
                    : n.Key.Contains(' ' + key, StringComparison.Ordinal) ? 1 : -1))
                .Where(n => n.Score >= 0)
                .OrderBy(n => n.Score).ThenBy(n => n.IsName ? 0 : 1).ThenBy(n => n.Key.Length).ThenBy(n => n.Entity.Name, StringComparer.Ordinal)
                .DistinctBy(n => n.Entity.Id)
                .Take(limit)
                .Select(n => (n.Entity, n.IsName ? n.Entity.Name : n.Entity.Aliases.First(a => SearchText.Key(a) == n.Key)))
                .ToList();
        }

        /// <summary>Catalogue listing: entities of a kind whose name or alias contains the words typed.</summary>
        public IReadOnlyList<CatalogueEntity> Find(string? typed, EntityKind? kind)
        {
            var key = SearchText.Key(typed ?? "");
            return Entities
                .Where(e => kind is null || e.Kind == kind)
                .Where(e => key.Length == 0 || keysByEntity[e.Id].Any(k => (' ' + k).Contains(' ' + key, StringComparison.Ordinal)))
                .ToList();
        }
    }
}
