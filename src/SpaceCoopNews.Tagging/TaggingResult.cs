namespace SpaceCoopNews.Tagging;

/// <summary>Everything the tagger linked in one story.</summary>
public sealed record TaggingResult(IReadOnlyList<EntityLink> Entities);

/// <summary>One linked entity, how sure the tagger is, and why (for an editor to confirm).</summary>
public sealed record EntityLink(
    EntityKind Kind,
    string Slug,
    string Name,
    IReadOnlyList<string> Aliases,
    double Confidence,
    IReadOnlyList<Mention> Mentions,
    string Evidence);

/// <summary>Where an entity is named: Field is "title", "summary" or "body"; offsets index the original field text.</summary>
public sealed record Mention(string Field, int Start, int Length, string Text);
