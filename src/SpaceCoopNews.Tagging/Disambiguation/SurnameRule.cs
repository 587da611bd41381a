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

    public static void Apply(Story story)
    {
        foreach (var candidate in story.Names)
        {
            if (NameRule.IsBlocked(candidate)) continue;
            if (!Array.Exists(candidate.Entries, e => e.Role == AliasRole.Surname)) continue;
            var people = candidate.Entries.Where(e => e.Role == AliasRole.Surname).Select(e => e.Entity).Distinct().ToList();
            if (Resolve(story, candidate, people) is var (person, confidence, evidence))
            {
                story.Link(person, candidate, confidence, evidence);
                continue;
            }
            // Not the person: a company or mission sharing the word may still be meant.
            if (candidate.Entries.Where(e => e.Role == AliasRole.Name).Select(e => e.Entity).Distinct().ToList() is [var other])
                story.Link(other, candidate, NameRule.AcronymConfidence, $"name in {story.FieldName(candidate)}");
        }
    }

    private static (int Person, double Confidence, string Evidence)? Resolve(Story story, Candidate candidate, List<int> people)
    {
        var named = people.Where(story.IsNamed).ToList();
        if (named.Count > 0)
        {
            var nearest = named.MinBy(p => story.Links[p].Mentions.Min(m => Story.Distance(m, candidate)));
            return (nearest, AfterFullNameConfidence, "surname after full name");
        }

        var flown = people
            .Select(p => (Person: p, Mission: story.Relations.Related(p).FirstOrDefault(m =>
                story.Entity(m).Kind == EntityKind.Mission && story.IsLinked(m) && story.Relations.Crew(m).Contains(p), -1)))
            .Where(x => x.Mission >= 0).ToList();
        if (flown.Count == 1)
            return (flown[0].Person, RelatedMissionConfidence, $"surname; flew {story.Entity(flown[0].Mission).Name}, named in story");

        if (people.Count == 1 && story.ContextNear(candidate, ContextSense.Person, ContextBefore, ContextAfter) is { } word)
            return (people[0], ContextWordConfidence, $"surname with '{story.Surface(word)}'");
        return null;
    }
}
