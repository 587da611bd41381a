namespace SpaceCoopNews.Tagging.Disambiguation;

/// <summary>
/// The catalogue's links between entities (crew, missions, vehicle, programme, agencies) as
/// index lists in both directions, so rules can ask "is anything related to X in this story?".
/// </summary>
internal sealed class Relations
{
    private readonly int[][] _related;
    private readonly int[][] _crew;
    private readonly int[][] _launchCrew;
    private readonly int[] _vehicle;
    private readonly int[] _parent;

    public Relations(Catalogue catalogue)
    {
        var entities = catalogue.Entities;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++) index[entities[i].Slug] = i;
        int Resolve(string? slug) => slug is not null && index.TryGetValue(slug, out var i) ? i : -1;

        var related = entities.Select(_ => new HashSet<int>()).ToArray();
        var crew = entities.Select(_ => new HashSet<int>()).ToArray();
        _vehicle = new int[entities.Count];
        _parent = new int[entities.Count];
        for (var e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            _vehicle[e] = Resolve(entity.Vehicle);
            _parent[e] = Resolve(entity.PartOf);
            foreach (var target in entity.References().Select(Resolve).Where(t => t >= 0 && t != e))
            {
                related[e].Add(target);
                related[target].Add(e);
            }
            foreach (var member in (entity.Crew ?? []).Select(Resolve).Where(t => t >= 0)) crew[e].Add(member);
            if (entity.Kind == EntityKind.Person)
                foreach (var mission in (entity.Missions ?? []).Select(Resolve).Where(t => t >= 0)) crew[mission].Add(e);
        }
        _launchCrew = entities.Select(e => (e.Crew ?? []).Select(Resolve).Where(t => t >= 0).ToArray()).ToArray();
        _related = related.Select(s => s.ToArray()).ToArray();
        _crew = crew.Select(s => s.ToArray()).ToArray();
    }

    public ReadOnlySpan<int> Related(int entity) => _related[entity];

    /// <summary>People who flew or led the mission, from its crew list and from their own mission lists.</summary>
    public ReadOnlySpan<int> Crew(int mission) => _crew[mission];

    /// <summary>The mission's own crew list: the people it launched (a replacement capsule may launch empty).</summary>
    public ReadOnlySpan<int> LaunchCrew(int mission) => _launchCrew[mission];

    public int Vehicle(int mission) => _vehicle[mission];

    public int Parent(int entity) => _parent[entity];
}
