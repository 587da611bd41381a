namespace SpaceCoopNews.Tagging.Matching;

/// <summary>
/// Every alias of the catalogue (names, aliases, ambiguous names, derived surnames) plus the
/// context vocabulary, folded to match keys and compiled into one automaton.
/// </summary>
internal sealed class AliasIndex
{
    private static readonly HashSet<string> NameSuffixes = new(StringComparer.OrdinalIgnoreCase) { "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV" };

    private readonly Dictionary<string, int> _keyIds = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];
    private readonly List<List<AliasEntry>> _entries = [];

    public AliasIndex(Catalogue catalogue)
    {
        for (var e = 0; e < catalogue.Entities.Count; e++)
        {
            var entity = catalogue.Entities[e];
            var ambiguous = new HashSet<string>(entity.AmbiguousAliases ?? [], StringComparer.Ordinal);
            var nests = entity is { Kind: EntityKind.Agency, Type: "government" or "international" };
            foreach (var alias in (entity.Aliases ?? []).Prepend(entity.Name))
                Add(alias, e, ambiguous.Contains(alias) ? AliasRole.Ambiguous : AliasRole.Name, ContextSense.None, nests);
            foreach (var alias in ambiguous)
                Add(alias, e, AliasRole.Ambiguous, ContextSense.None);
            if (entity.Kind == EntityKind.Person && Surname(entity) is { } surname)
                Add(surname, e, AliasRole.Surname, ContextSense.None);
        }
        foreach (var (word, sense) in ContextWords.Senses)
            Add(word, -1, AliasRole.Context, sense);
        foreach (var name in ContextWords.NotEntities)
            Add(name, -1, AliasRole.Blocker, ContextSense.None);

        NameEntries = _entries.Select(list => list.Where(e => e.Role != AliasRole.Context).ToArray()).ToArray();
        ContextEntries = _entries.Select(list => list.Where(e => e.Role == AliasRole.Context).ToArray()).ToArray();
        Automaton = new AliasAutomaton(_keys);
    }

    public AliasAutomaton Automaton { get; }

    /// <summary>The entity, surname and blocker meanings of each key, indexed by key id.</summary>
    public AliasEntry[][] NameEntries { get; }

    /// <summary>The context-word meanings of each key, indexed by key id.</summary>
    public AliasEntry[][] ContextEntries { get; }

    /// <summary>The surname a person is called by on second mention, or null when it is not safe to derive.</summary>
    public static string? Surname(CatalogueEntity person)
    {
        // Chinese names put the family name first and a handful of family names are shared by
        // millions, so "Chen" or "Liu" alone is never evidence for one taikonaut.
        if (person.Country is "China" or "Taiwan") return null;
        var words = person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !NameSuffixes.Contains(w.TrimEnd(','))).ToArray();
        if (words.Length < 2) return null;
        var last = words[^1].TrimEnd(',');
        return last.Count(char.IsLetter) >= 3 && !last.Contains('.') ? last : null;
    }

    /// <summary>The automaton key of a piece of text: folded, lower-cased, dashes as spaces.</summary>
    public static string KeyOf(string text)
    {
        var normalized = TextNormalizer.Normalize(text, markdown: false);
        return new string(normalized.Keys, 0, normalized.Length).Trim();
    }

    private void Add(string alias, int entity, AliasRole role, ContextSense sense, bool nests = false)
    {
        var normalized = TextNormalizer.Normalize(alias, markdown: false);
        var key = new string(normalized.Keys, 0, normalized.Length).Trim();
        if (key.Length == 0) return;
        var cased = new string(normalized.Cased, 0, normalized.Length).Trim();
        var entry = new AliasEntry(entity, role, CaseRuleOf(cased, key), cased, sense, nests && role == AliasRole.Name);
        foreach (var variant in Variants(key))
        {
            if (!_keyIds.TryGetValue(variant, out var id))
            {
                id = _keys.Count;
                _keyIds.Add(variant, id);
                _keys.Add(variant);
                _entries.Add([]);
            }
            var list = _entries[id];
            if (!list.Exists(x => x.Entity == entity && x.Role == role && x.Cased == cased)) list.Add(entry);
        }
    }

    private static CaseRule CaseRuleOf(string cased, string key)
    {
        var letters = cased.Where(char.IsLetter).ToArray();
        if (letters.Length >= 2 && !letters.Any(char.IsLower)) return CaseRule.Exact;
        var words = key.Split(' ').Count(w => w.Count(char.IsLetter) >= 2);
        return words >= 2 ? CaseRule.Insensitive : CaseRule.Word;
    }

    // "STS 60" / "STS60", "Hayabusa2" / "Hayabusa 2", "U.S. space agency" / "US space agency".
    private static IEnumerable<string> Variants(string key)
    {
        var undotted = key.Contains('.') ? key.Replace(".", "").Replace("  ", " ") : key;
        return new HashSet<string>(StringComparer.Ordinal)
        {
            key, JoinLetterDigit(key), SplitLetterDigit(key), undotted, JoinLetterDigit(undotted), SplitLetterDigit(undotted),
        };
    }

    private static string JoinLetterDigit(string key)
    {
        var chars = new List<char>(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            var between = key[i] == ' ' && i > 0 && i + 1 < key.Length && char.IsLetter(key[i - 1]) && char.IsDigit(key[i + 1]);
            if (!between) chars.Add(key[i]);
        }
        return new string(chars.ToArray());
    }

    private static string SplitLetterDigit(string key)
    {
        var chars = new List<char>(key.Length + 2);
        for (var i = 0; i < key.Length; i++)
        {
            if (i > 0 && char.IsLetter(key[i - 1]) && char.IsDigit(key[i])) chars.Add(' ');
            chars.Add(key[i]);
        }
        return new string(chars.ToArray());
    }
}
