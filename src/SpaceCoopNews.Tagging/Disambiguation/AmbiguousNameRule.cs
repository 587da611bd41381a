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

    // Reused per thread: the rule runs once per story and is not re-entered.
    [ThreadStatic] private static List<Candidate>? _hits;
    [ThreadStatic] private static List<int>? _done;
    [ThreadStatic] private static List<Candidate>? _lowerCase;
    [ThreadStatic] private static List<Candidate>? _bestLowerCase;

    public static void Apply(Story story)
    {
        var hits = _hits ??= [];
        var done = _done ??= [];
        done.Clear();
        var names = story.Names;
        // Each key once, in order of first appearance, with all its eligible hits in order.
        for (var n = 0; n < names.Count; n++)
        {
            if (!Eligible(names[n]) || done.Contains(names[n].Key)) continue;
            var key = names[n].Key;
            done.Add(key);
            hits.Clear();
            for (var m = n; m < names.Count; m++)
                if (names[m].Key == key && Eligible(names[m])) hits.Add(names[m]);
            ApplyToName(story, hits);
        }
    }

    private static bool Eligible(Candidate c) =>
        !NameRule.IsBlocked(c) && NameRule.StrongEntity(c) is null && !HasSurname(c.Entries);

    private static bool HasSurname(AliasEntry[] entries)
    {
        foreach (var entry in entries)
            if (entry.Role == AliasRole.Surname) return true;
        return false;
    }

    private static void ApplyToName(Story story, List<Candidate> hits)
    {
        var entries = hits[0].Entries;
        Sense? best = null;
        var bestLowerCase = _bestLowerCase ??= [];
        var lowerCase = _lowerCase ??= [];
        bestLowerCase.Clear();
        for (var i = 0; i < entries.Length; i++)
        {
            var sense = entries[i];
            if (sense.Role is not (AliasRole.Name or AliasRole.Ambiguous) || FirstOfEntity(entries, i) != i) continue;
            lowerCase.Clear();
            var score = Score(story, sense, hits, lowerCase);
            if (best is { } current && !Better(score, current)) continue;
            best = score;
            bestLowerCase.Clear();
            bestLowerCase.AddRange(lowerCase);
        }
        if (best is not { Evidence: { } evidence } chosen) return;
        foreach (var hit in hits)
            if (!hit.LowerCase || bestLowerCase.Contains(hit)) story.Link(chosen.Entity, hit, chosen.Confidence, evidence);
    }

    // Senses with evidence beat those without, then more points; the earlier sense wins a tie.
    private static bool Better(Sense a, Sense b) =>
        (a.Evidence is not null) != (b.Evidence is not null) ? a.Evidence is not null : a.Points > b.Points;

    private static int FirstOfEntity(AliasEntry[] entries, int i)
    {
        for (var j = 0; j < i; j++)
            if (entries[j].Entity == entries[i].Entity && entries[j].Role is AliasRole.Name or AliasRole.Ambiguous) return j;
        return i;
    }

    private static Sense Score(Story story, AliasEntry sense, List<Candidate> hits, List<Candidate> lowerCase)
    {
        var entity = story.Entity(sense.Entity);
        var categorySenses = ContextWords.ForCategory(entity.Category);
        var points = sense.Role == AliasRole.Name ? 2.0 : 0.0;
        Evidence? evidence = null;
        var confidence = ContextConfidence;
        var first = hits[0];

        if (story.IsNamed(sense.Entity))
        {
            points += 10;
            evidence = new Evidence(Evidence.Reason.AfterName, first, Entity: sense.Entity);
            confidence = RelatedConfidence;
        }
        var near = -1;
        foreach (var other in story.Relations.Related(sense.Entity))
        {
            if (!story.IsLinked(other)) continue;
            var isAgency = story.Entity(other).Kind == EntityKind.Agency;
            points += isAgency ? 1 : 3;
            if (!isAgency && near < 0) near = other;
        }
        if (evidence is null && near >= 0)
        {
            evidence = new Evidence(Evidence.Reason.WithRelated, first, Entity: near);
            confidence = RelatedConfidence;
        }

        var anyCapitalised = false;
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
                    evidence ??= new Evidence(Evidence.Reason.WithWord, first, station);
                }
                continue;
            }
            anyCapitalised = true;
            if (specific is { } word) evidence ??= new Evidence(Evidence.Reason.WithWord, first, word);
        }
        if (sense.Role == AliasRole.Name && anyCapitalised)
            evidence ??= new Evidence(Evidence.Reason.SharedName, first);
        return new Sense(sense.Entity, points, evidence, confidence);
    }

    private readonly record struct Sense(int Entity, double Points, Evidence? Evidence, double Confidence);
}
