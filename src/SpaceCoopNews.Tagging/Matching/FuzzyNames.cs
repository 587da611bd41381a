namespace SpaceCoopNews.Tagging.Matching;

/// <summary>
/// Finds people's full names written with one slip ("Dennis Matveyev" for Denis Matveyev,
/// "Sergei Krikalyev"): two capitalised words, one equal to a name word of a person and the other
/// one edit away from that person's other name word. Only long words qualify, and only where no
/// exact name was found, so the check is cheap and rarely fires.
/// </summary>
internal sealed class FuzzyNames
{
    private const int ShortestLongWord = 6;
    private const int ShortestWord = 5;

    private readonly Dictionary<string, List<(int Person, string Other, bool OtherIsLast)>>.AlternateLookup<ReadOnlySpan<char>> _byWord;

    public FuzzyNames(Catalogue catalogue)
    {
        var byWord = new Dictionary<string, List<(int, string, bool)>>(StringComparer.Ordinal);
        for (var e = 0; e < catalogue.Entities.Count; e++)
        {
            var entity = catalogue.Entities[e];
            if (entity.Kind != EntityKind.Person) continue;
            foreach (var name in (entity.Aliases ?? []).Prepend(entity.Name))
            {
                var words = AliasIndex.KeyOf(name).Split(' ');
                if (words.Length != 2 || !words.All(w => w.All(char.IsLetter))) continue;
                Add(byWord, words[0], (e, words[1], true));
                Add(byWord, words[1], (e, words[0], false));
            }
        }
        _byWord = byWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Adds candidates for near-miss full names in the parts of the field no name covers.</summary>
    public void Find(NormalizedText text, int field, bool[] covered, List<Candidate> found)
    {
        var keys = text.Keys;
        var cased = text.Cased;
        var previousStart = -1;
        var previousEnd = -1;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(keys[i]) || text.IsWordChar(i - 1)) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetter(keys[i])) i++;
            var capitalised = char.IsUpper(cased[start]) && !text.IsWordChar(i);
            if (capitalised && previousStart >= 0 && previousEnd == start - 1 && keys[previousEnd] == ' '
                && Array.IndexOf(covered, true, previousStart, i - previousStart) < 0
                && Match(keys, previousStart, previousEnd, start, i) is { } person)
            {
                found.Add(new Candidate(field, previousStart, i, -1,
                    [new AliasEntry(person, AliasRole.Name, CaseRule.Insensitive, "", ContextSense.None)], false) { Fuzzy = true });
            }
            (previousStart, previousEnd) = capitalised ? (start, i) : (-1, -1);
        }
    }

    private int? Match(char[] keys, int firstStart, int firstEnd, int lastStart, int lastEnd)
    {
        var first = keys.AsSpan(firstStart, firstEnd - firstStart);
        var last = keys.AsSpan(lastStart, lastEnd - lastStart);
        if (_byWord.TryGetValue(first, out var byFirst))
            foreach (var (person, other, otherIsLast) in byFirst)
                if (otherIsLast && OneEditApart(last, other)) return person;
        if (_byWord.TryGetValue(last, out var byLast))
            foreach (var (person, other, otherIsLast) in byLast)
                if (!otherIsLast && OneEditApart(first, other)) return person;
        return null;
    }

    private static bool OneEditApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Min(a.Length, b.Length) < ShortestWord || Math.Max(a.Length, b.Length) < ShortestLongWord) return false;
        if (Math.Abs(a.Length - b.Length) > 1 || a.SequenceEqual(b)) return false;
        var prefix = a.CommonPrefixLength(b);
        var x = a[prefix..];
        var y = b[prefix..];
        if (x.Length == y.Length)
            return x[1..].SequenceEqual(y[1..]) || (x.Length >= 2 && x[0] == y[1] && x[1] == y[0] && x[2..].SequenceEqual(y[2..]));
        return x.Length > y.Length ? x[1..].SequenceEqual(y) : y[1..].SequenceEqual(x);
    }

    private static void Add(Dictionary<string, List<(int, string, bool)>> byWord, string word, (int, string, bool) entry)
    {
        if (!byWord.TryGetValue(word, out var list)) byWord[word] = list = [];
        if (!list.Contains(entry)) list.Add(entry);
    }
}
