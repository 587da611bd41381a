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

    // Reused per thread: the rule runs once per story and is not re-entered.
    [ThreadStatic] private static HashSet<int>? _seen;
    [ThreadStatic] private static List<int>? _people;

    public static void Apply(Story story)
    {
        var people = _people ??= [];
        people.Clear();
        foreach (var entity in story.Links.Keys)
            if (story.Entity(entity).Kind == EntityKind.Person) people.Add(entity);
        if (people.Count == 0) return;
        HashSet<int>? years = null;
        HashSet<string>? dates = null;
        HashSet<int>? crewOfNamedFlights = null;
        var seen = _seen ??= [];
        seen.Clear();

        int best = -1, bestScore = -1, bestCount = 0, bestVehicle = -1;
        bool bestYear = false, bestDate = false;
        foreach (var person in people)
        {
            foreach (var mission in story.Relations.Related(person))
            {
                if (!seen.Add(mission)) continue;
                var entity = story.Entity(mission);
                if (entity.Kind != EntityKind.Mission || story.IsLinked(mission) || entity.Category != "crewed flight") continue;
                var crew = 0;
                var launched = 0;
                var crewFlewNamedFlight = false;
                foreach (var member in story.Relations.Crew(mission))
                {
                    if (!story.IsLinked(member)) continue;
                    crew++;
                    crewOfNamedFlights ??= CrewOfNamedFlights(story);
                    crewFlewNamedFlight |= crewOfNamedFlights.Contains(member);
                    // People it launched weigh more than people it only brought home.
                    if (story.Relations.LaunchCrew(mission).Contains(member)) launched++;
                }
                if (crew == 0 || crewFlewNamedFlight) continue;
                var vehicle = VehicleInStory(story, mission);
                if (vehicle < 0) continue;
                years ??= story.Years();
                dates ??= StoryDates.Find(story);
                var yearNamed = entity.StartYear is { } year && years.Contains(year);
                var dateNamed = entity.Start is { Length: 10 } start && dates.Contains(start[5..]);
                if (!yearNamed && !dateNamed && crew < 2) continue;

                var score = crew + launched + (yearNamed ? 1 : 0) + (dateNamed ? 2 : 0);
                if (score > bestScore) (best, bestScore, bestCount, bestVehicle, bestYear, bestDate) = (mission, score, 1, vehicle, yearNamed, dateNamed);
                else if (score == bestScore) bestCount++;
            }
        }
        if (best < 0 || bestCount != 1) return;
        story.Link(best, null, Confidence, Evidence.Of(Inferred(story, best, bestVehicle, bestYear, bestDate)));
    }

    private static string Inferred(Story story, int mission, int vehicle, bool yearNamed, bool dateNamed)
    {
        var entity = story.Entity(mission);
        var parts = new List<string> { MentionText(story, vehicle) };
        if (dateNamed) parts.Add(entity.Start![5..]);
        if (yearNamed) parts.Add(entity.StartYear!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var member in story.Relations.Crew(mission))
            if (story.IsLinked(member)) parts.Add(story.Entity(member).Name);
        return $"inferred: {string.Join(" + ", parts)} → {entity.Name}";
    }

    // A story that names a flight of these people is about that flight; guessing another is noise.
    private static HashSet<int> CrewOfNamedFlights(Story story)
    {
        var crew = new HashSet<int>();
        foreach (var link in story.Links.Values)
            if (link.ByName && story.Entity(link.Entity).Category == "crewed flight")
                foreach (var member in story.Relations.Crew(link.Entity)) crew.Add(member);
        return crew;
    }

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
            if (entity.Category is "spacecraft" or "launch vehicle" && SharesName(entity.AmbiguousAliases ?? [], everydayNames))
                return linked;
        }
        return -1;
    }

    private static bool SharesName(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        for (var i = 0; i < a.Count; i++)
            for (var j = 0; j < b.Count; j++)
                if (string.Equals(a[i], b[j], StringComparison.Ordinal)) return true;
        return false;
    }

    private static string MentionText(Story story, int entity) =>
        story.Links[entity].Mentions is [var first, ..] ? story.Surface(first) : story.Entity(entity).Name;
}
