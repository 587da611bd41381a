using SpaceCoopNews.Tagging.Matching;

namespace SpaceCoopNews.Tagging.Disambiguation;

/// <summary>
/// A surname alone ("Krikalev", "Sega") links to a person only when the story also gives the
/// full name, puts a person word next to it ("cosmonaut Krikalev", "Commander Cardman"), or
/// names a mission the person flew ("Crew: Bolden, Reightler..." under STS-60). Otherwise a
/// company or product of the same name (Sega the game maker) would be tagged as the astronaut.
/// </summary>
internal static class SurnameRule
{
    public const double AfterFullNameConfidence = 0.9;
    public const double RelatedMissionConfidence = 0.75;
    public const double ContextWordConfidence = 0.7;
    private const int ContextBefore = 60;
    private const int ContextAfter = 30;
    private const int MostPeoplePerSurname = 16;

    private static readonly Evidence AfterFullName = Evidence.Of("surname after full name");

    public static void Apply(Story story)
    {
        Span<int> buffer = stackalloc int[MostPeoplePerSurname];
        foreach (var candidate in story.Names)
        {
            if (NameRule.IsBlocked(candidate)) continue;
            var people = Entities(candidate.Entries, AliasRole.Surname, buffer);
            if (people.IsEmpty) continue;
            if (Resolve(story, candidate, people) is var (person, confidence, evidence))
            {
                story.Link(person, candidate, confidence, evidence);
                continue;
            }
            // Not the person: a company or mission sharing the word may still be meant.
            if (Entities(candidate.Entries, AliasRole.Name, buffer) is [var other])
                story.Link(other, candidate, NameRule.AcronymConfidence, new Evidence(Evidence.Reason.Name, candidate));
        }
    }

    // The distinct entities of the entries with this role, in entry order.
    private static Span<int> Entities(AliasEntry[] entries, AliasRole role, Span<int> buffer)
    {
        var count = 0;
        foreach (var entry in entries)
        {
            if (entry.Role != role || buffer[..count].Contains(entry.Entity)) continue;
            if (count == buffer.Length)
            {
                var grown = new int[buffer.Length * 2];
                buffer.CopyTo(grown);
                buffer = grown;
            }
            buffer[count++] = entry.Entity;
        }
        return buffer[..count];
    }

    private static (int Person, double Confidence, Evidence Evidence)? Resolve(Story story, Candidate candidate, Span<int> people)
    {
        var nearest = -1;
        var nearestDistance = int.MaxValue;
        foreach (var person in people)
        {
            if (!story.IsNamed(person)) continue;
            var distance = int.MaxValue;
            foreach (var mention in story.Links[person].Mentions) distance = Math.Min(distance, Story.Distance(mention, candidate));
            if (nearest < 0 || distance < nearestDistance) (nearest, nearestDistance) = (person, distance);
        }
        if (nearest >= 0) return (nearest, AfterFullNameConfidence, AfterFullName);

        var flownBy = -1;
        var flownMission = -1;
        var flown = 0;
        foreach (var person in people)
        {
            var mission = FlownMissionInStory(story, person);
            if (mission < 0) continue;
            if (flown++ == 0) (flownBy, flownMission) = (person, mission);
        }
        if (flown == 1)
            return (flownBy, RelatedMissionConfidence, new Evidence(Evidence.Reason.Flew, Entity: flownMission));

        if (people.Length == 1 && story.ContextNear(candidate, ContextSense.Person, ContextBefore, ContextAfter) is { } word)
            return (people[0], ContextWordConfidence, new Evidence(Evidence.Reason.SurnameWithWord, Word: word));
        return null;
    }

    private static int FlownMissionInStory(Story story, int person)
    {
        foreach (var mission in story.Relations.Related(person))
            if (story.Entity(mission).Kind == EntityKind.Mission && story.IsLinked(mission) && story.Relations.Crew(mission).Contains(person))
                return mission;
        return -1;
    }
}
