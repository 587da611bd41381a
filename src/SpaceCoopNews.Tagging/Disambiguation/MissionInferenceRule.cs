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
        HashSet<int>? years = null;
        HashSet<string>? dates = null;

        var crewOfNamedFlights = CrewOfNamedFlights(story);
        var fits = new List<(int Mission, int Score, string Evidence)>();
        foreach (var mission in people.SelectMany(p => story.Relations.Related(p)).Distinct())
        {
            var entity = story.Entity(mission);
            if (entity.Kind != EntityKind.Mission || story.IsLinked(mission) || entity.Category != "crewed flight") continue;
            var crew = story.Relations.Crew(mission).Where(story.IsLinked).ToList();
            if (crew.Count == 0 || crew.Exists(crewOfNamedFlights.Contains)) continue;
            var vehicle = VehicleInStory(story, mission);
            if (vehicle < 0) continue;
            years ??= story.Years();
            dates ??= StoryDates.Find(story);
            var yearNamed = entity.StartYear is { } year && years.Contains(year);
            var dateNamed = entity.Start is { Length: 10 } start && dates.Contains(start[5..]);
            if (!yearNamed && !dateNamed && crew.Count < 2) continue;

            var parts = new List<string> { MentionText(story, vehicle) };
            if (dateNamed) parts.Add(entity.Start![5..]);
            if (yearNamed) parts.Add(entity.StartYear!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            parts.AddRange(crew.Select(p => story.Entity(p).Name));
            // People it launched weigh more than people it only brought home.
            var launched = crew.Count(story.Relations.LaunchCrew(mission).Contains);
            var score = crew.Count + launched + (yearNamed ? 1 : 0) + (dateNamed ? 2 : 0);
            fits.Add((mission, score, $"inferred: {string.Join(" + ", parts)} → {entity.Name}"));
        }
        if (fits.Count == 0) return;
        var top = fits.Max(f => f.Score);
        if (fits.Count(f => f.Score == top) != 1) return;
        var (found, _, evidence) = fits.First(f => f.Score == top);
        story.Link(found, null, Confidence, evidence);
    }

    // A story that names a flight of these people is about that flight; guessing another is noise.
    private static HashSet<int> CrewOfNamedFlights(Story story) =>
        story.Links.Values
            .Where(link => link.ByName && story.Entity(link.Entity).Category == "crewed flight")
            .SelectMany(link => story.Relations.Crew(link.Entity))
            .ToHashSet();

    // The vehicle itself, its family, or a vehicle sharing its everyday name ("Soyuz rocket" for
    // the Soyuz spacecraft is a common misnomer). Stations and programmes are too broad to count.
    private static int VehicleInStory(Story story, int mission)
    {
        var vehicle = story.Relations.Vehicle(mission);
        if (vehicle < 0) return -1;
        var family = story.Relations.Parent(vehicle);
        var everydayNames = story.Entity(vehicle).AmbiguousAliases ?? [];
        foreach (var linked in story.Links.Keys)
        {
            if (linked == vehicle || linked == family) return linked;
            var entity = story.Entity(linked);
            if (entity.Category is "spacecraft" or "launch vehicle" && (entity.AmbiguousAliases ?? []).Intersect(everydayNames).Any())
                return linked;
        }
        return -1;
    }

    private static string MentionText(Story story, int entity) =>
        story.Links[entity].Mentions is [var first, ..] ? story.Surface(first) : story.Entity(entity).Name;
}
