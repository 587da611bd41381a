namespace SpaceCoopNews.Tagging.Matching;

/// <summary>A key found in one field, with the meanings whose case rule the text satisfied.</summary>
internal readonly record struct Candidate(int Field, int Start, int End, int Key, AliasEntry[] Entries, bool LowerCase)
{
    public int Length => End - Start;

    /// <summary>True for a full name found one spelling slip away from the catalogue's.</summary>
    public bool Fuzzy { get; init; }
}
