namespace SpaceCoopNews.Tagging.Disambiguation;

/// <summary>
/// Links a flight the story describes without naming it, when the catalogue's relations single
/// it out: its vehicle is named, a crew member is linked, and its launch year is written (or
/// two of its crew are linked). "His first space flight on Space Shuttle Discovery, 1994, with
/// cosmonaut Sergei Krikalev" leaves exactly one flight: STS-60. Several fits mean no link.
/// </summary>
internal static class MissionInferenceRule
{
    public const double Confidence = 0.5;

    public static void Apply(Story story)
    {
        var people = story.Links.Keys.Where(e => story.Entity(e).Kind == EntityKind.Person).ToList();
        if (people.Count == 0) return;
        var years = story.Years();

        var fits = new List<(int Mission, int Score, string Evidence)>();
        foreach (var mission in people.SelectMany(p => story.Relations.Related(p)).Distinct())
        {
            var entity = story.Entity(mission);
            if (entity.Kind != EntityKind.Mission || story.IsLinked(mission)) continue;
            var crew = story.Relations.Crew(mission).Where(story.IsLinked).ToList();
            var vehicle = VehicleInStory(story, mission);
            var yearNamed = entity.StartYear is { } year && years.Contains(year);
            if (crew.Count == 0 || vehicle < 0 || (!yearNamed && crew.Count < 2)) continue;

            var parts = new List<string> { MentionText(story, vehicle) };
            if (yearNamed) parts.Add(entity.StartYear!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            parts.AddRange(crew.Select(p => story.Entity(p).Name));
            fits.Add((mission, crew.Count + (yearNamed ? 1 : 0), $"inferred: {string.Join(" + ", parts)} → {entity.Name}"));
        }
        if (fits.Count == 0) return;
        var top = fits.Max(f => f.Score);
        if (fits.Count(f => f.Score == top) != 1) return;
        var (found, _, evidence) = fits.First(f => f.Score == top);
        story.Link(found, null, Confidence, evidence);
    }

    // The vehicle itself, or the family it belongs to ("Soyuz" for a Soyuz MS capsule).
    private static int VehicleInStory(Story story, int mission)
    {
        var vehicle = story.Relations.Vehicle(mission);
        if (vehicle >= 0 && story.IsLinked(vehicle)) return vehicle;
        var family = vehicle >= 0 ? story.Relations.Parent(vehicle) : -1;
        if (family >= 0 && story.IsLinked(family)) return family;
        var parent = story.Relations.Parent(mission);
        return parent >= 0 && story.IsLinked(parent) && story.Entity(parent).Category != "programme" ? parent : -1;
    }

    private static string MentionText(Story story, int entity) =>
        story.Links[entity].Mentions is [var first, ..] ? story.Surface(first) : story.Entity(entity).Name;
}
