using SpaceCoopNews.Tagging.Matching;

namespace SpaceCoopNews.Tagging.Disambiguation;

/// <summary>
/// Names that often mean something else (Discovery, Endeavour, Progress, Hope, Gateway, Soyuz)
/// link only with spaceflight context: a nearby word that fits the entity's kind ("orbiter" for
/// a shuttle, "rover" for a rover, "lunar orbit" for a station) or a related entity named in the
/// story. A generic word such as "mission" is not enough: Columbia "in lunar orbit" was Apollo
/// 11's command module, not the shuttle. When several entities share the name, one
/// sense is chosen per story: the one whose relations and category context the story supports
/// best (Endeavour the Crew Dragon next to "Demo-2", not the retired shuttle).
/// </summary>
internal static class AmbiguousNameRule
{
    public const double RelatedConfidence = 0.8;
    public const double ContextConfidence = 0.7;
    private const int Window = 80;

    public static void Apply(Story story)
    {
        var groups = story.Names
            .Where(c => !NameRule.IsBlocked(c) && NameRule.StrongEntity(c) is null && c.Entries.All(e => e.Role != AliasRole.Surname))
            .GroupBy(c => c.Key);
        foreach (var group in groups)
        {
            var hits = group.ToList();
            var senses = hits[0].Entries.Where(e => e.Role is AliasRole.Name or AliasRole.Ambiguous)
                .GroupBy(e => e.Entity).Select(g => g.First()).ToList();
            var best = senses.Select(sense => Score(story, sense, hits)).OrderByDescending(s => s.Evidence is not null).ThenByDescending(s => s.Points).First();
            if (best.Evidence is null) continue;
            var mentions = hits.Where(h => !h.LowerCase || best.LowerCaseMentions.Contains(h)).ToList();
            foreach (var hit in mentions) story.Link(best.Entity, hit, best.Confidence, best.Evidence);
        }
    }

    private static Sense Score(Story story, AliasEntry sense, List<Candidate> hits)
    {
        var entity = story.Entity(sense.Entity);
        var categorySenses = ContextWords.ForCategory(entity.Category);
        var points = sense.Role == AliasRole.Name ? 2.0 : 0.0;
        string? evidence = null;
        var confidence = ContextConfidence;
        var surface = story.Surface(hits[0]);

        if (story.IsNamed(sense.Entity))
        {
            points += 10;
            evidence = $"'{surface}' after {entity.Name} in story";
            confidence = RelatedConfidence;
        }
        var related = story.Relations.Related(sense.Entity).Where(story.IsLinked).ToList();
        foreach (var other in related)
            points += story.Entity(other).Kind == EntityKind.Agency ? 1 : 3;
        if (evidence is null && related.FirstOrDefault(r => story.Entity(r).Kind != EntityKind.Agency, -1) is var near and >= 0)
        {
            evidence = $"'{surface}' with related {story.Entity(near).Name} in story";
            confidence = RelatedConfidence;
        }

        var lowerCase = new List<Candidate>();
        foreach (var hit in hits)
        {
            var specific = story.ContextNear(hit, categorySenses, Window, Window);
            if (specific is not null) points += 1;
            if (hit.LowerCase)
            {
                // A station named by a common noun ("a gateway in lunar orbit") is often written in
                // lower case; any other lower-case word (discovery, progress, hope) is the word.
                if (entity.Category == "station" && story.ContextNear(hit, ContextSense.Station, Window, Window) is { } station)
                {
                    lowerCase.Add(hit);
                    evidence ??= $"'{surface}' with '{story.Surface(station)}'";
                }
                continue;
            }
            if (specific is { } word) evidence ??= $"'{surface}' with '{story.Surface(word)}'";
        }
        if (sense.Role == AliasRole.Name && hits.Any(h => !h.LowerCase))
            evidence ??= $"name in {story.FieldName(hits[0])}, shared by several entities";
        return new Sense(sense.Entity, points, evidence, confidence, lowerCase);
    }

    private sealed record Sense(int Entity, double Points, string? Evidence, double Confidence, List<Candidate> LowerCaseMentions);
}
