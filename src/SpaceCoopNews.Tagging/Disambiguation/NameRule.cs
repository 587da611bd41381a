using SpaceCoopNews.Tagging.Matching;

namespace SpaceCoopNews.Tagging.Disambiguation;

/// <summary>
/// A canonical name or unambiguous alias links on sight. Names that several entities share, or
/// that an entity lists as ambiguous, or that are also a surname, are left to the other rules.
/// </summary>
internal static class NameRule
{
    public const double FullNameConfidence = 0.95;
    public const double AcronymConfidence = 0.9;
    public const double CloseSpellingConfidence = 0.8;

    public static void Apply(Story story)
    {
        foreach (var candidate in story.Names)
        {
            if (StrongEntity(candidate) is not { } entry) continue;
            var confidence = candidate.Fuzzy ? CloseSpellingConfidence
                : entry.Case == CaseRule.Exact ? AcronymConfidence
                : FullNameConfidence;
            story.Link(entry.Entity, candidate, confidence, EvidenceFor(story, candidate, entry), byName: true);
        }
    }

    private static Evidence EvidenceFor(Story story, Candidate candidate, AliasEntry entry)
    {
        var entity = story.Entity(entry.Entity);
        var isName = entry.Cased == entity.Name;
        if (candidate.Fuzzy) return new(Evidence.Reason.CloseSpelling, candidate, Entity: entry.Entity);
        var why = entity.Kind == EntityKind.Person && isName ? Evidence.Reason.FullName
            : isName ? Evidence.Reason.Name
            : Evidence.Reason.Alias;
        return new(why, candidate);
    }

    /// <summary>The one entity this candidate names unambiguously, or null.</summary>
    public static AliasEntry? StrongEntity(Candidate candidate)
    {
        AliasEntry? found = null;
        foreach (var entry in candidate.Entries)
        {
            if (entry.Role != AliasRole.Name) return null;
            if (found is { } other && other.Entity != entry.Entity) return null;
            found ??= entry;
        }
        return found;
    }

    public static bool IsBlocked(Candidate candidate) => Array.Exists(candidate.Entries, e => e.Role == AliasRole.Blocker);
}
