namespace SpaceCoopNews.Tagging.Matching;

/// <summary>What a matched key stands for.</summary>
internal enum AliasRole
{
    /// <summary>The entity's canonical name or an unambiguous alias.</summary>
    Name,
    /// <summary>A name that often means something else (Discovery, Progress); needs spaceflight context.</summary>
    Ambiguous,
    /// <summary>A person's surname alone; needs the full name, a context word or a related mission.</summary>
    Surname,
    /// <summary>A word that tells what kind of thing is nearby (astronaut, orbiter, rover).</summary>
    Context,
    /// <summary>A non-entity that contains an entity's name (a news agency, a launch site).</summary>
    Blocker,
}

/// <summary>How the letter case of the text must agree with the alias.</summary>
internal enum CaseRule
{
    /// <summary>Acronyms and designators: ESA, ISS, STS-60 match only as written.</summary>
    Exact,
    /// <summary>Single words: as written, or the whole word in capitals (headline style).</summary>
    Word,
    /// <summary>Names of two or more words: any case.</summary>
    Insensitive,
}

/// <summary>
/// One meaning of a key: an entity (or a context sense) with its role and case rule. Nests is true
/// for a space agency's name, which still counts inside a longer name ("NASA's Perseverance rover").
/// </summary>
internal readonly record struct AliasEntry(int Entity, AliasRole Role, CaseRule Case, string Cased, ContextSense Sense, bool Nests = false);

/// <summary>What a context word is evidence for.</summary>
[Flags]
internal enum ContextSense
{
    None = 0,
    Person = 1,
    Spacecraft = 2,
    Rocket = 4,
    Station = 8,
    Cargo = 16,
    Rover = 32,
    Probe = 64,
    Flight = 128,
    Programme = 256,
    Spaceflight = Spacecraft | Rocket | Station | Cargo | Rover | Probe | Flight | Programme,
}
