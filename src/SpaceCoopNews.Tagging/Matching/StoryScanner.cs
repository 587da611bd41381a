namespace SpaceCoopNews.Tagging.Matching;

/// <summary>
/// Runs the automaton over each field of a story and keeps the hits that stand on word
/// boundaries, agree in letter case, and are not inside a longer hit (longest match wins).
/// </summary>
internal sealed class StoryScanner(AliasIndex index, FuzzyNames fuzzy)
{
    public (List<Candidate> Names, List<Candidate> Context) Scan(IReadOnlyList<NormalizedText> fields)
    {
        var names = new List<Candidate>();
        var context = new List<Candidate>();
        for (var f = 0; f < fields.Count; f++)
        {
            var text = fields[f];
            var sink = new Collector(index, text, f, names, context);
            index.Automaton.Scan(text.Keys, text.Length, ref sink);
        }
        context.Sort(ByPosition);
        var kept = LongestFirst(names, fields, out var covered);
        return (WithCloseSpellings(kept, fields, covered), context);
    }

    // A full name one slip away may stand where only its surname matched ("Sergie Krikalev").
    private List<Candidate> WithCloseSpellings(List<Candidate> kept, IReadOnlyList<NormalizedText> fields, bool[][] covered)
    {
        foreach (var hit in kept)
            if (Array.TrueForAll(hit.Entries, e => e.Role == AliasRole.Surname)) Array.Fill(covered[hit.Field], false, hit.Start, hit.Length);
        var close = new List<Candidate>();
        for (var f = 0; f < fields.Count; f++) fuzzy.Find(fields[f], f, covered[f], close);
        if (close.Count == 0) return kept;
        kept.RemoveAll(hit => close.Exists(c => c.Field == hit.Field && c.Start < hit.End && hit.Start < c.End));
        kept.AddRange(close);
        kept.Sort(ByPosition);
        return kept;
    }

    private static List<Candidate> LongestFirst(List<Candidate> hits, IReadOnlyList<NormalizedText> fields, out bool[][] taken)
    {
        taken = fields.Select(f => new bool[f.Length]).ToArray();
        var kept = new List<Candidate>(hits.Count);
        hits.Sort((a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : ByPosition(a, b));
        foreach (var hit in hits)
        {
            var used = taken[hit.Field];
            if (Array.IndexOf(used, true, hit.Start, hit.Length) >= 0)
            {
                if (Array.TrueForAll(hit.Entries, e => e.Nests)) kept.Add(hit);
                continue;
            }
            Array.Fill(used, true, hit.Start, hit.Length);
            kept.Add(hit);
        }
        kept.Sort(ByPosition);
        return kept;
    }

    private static int ByPosition(Candidate a, Candidate b) =>
        a.Field != b.Field ? a.Field.CompareTo(b.Field) : a.Start.CompareTo(b.Start);

    private struct Collector(AliasIndex index, NormalizedText text, int field, List<Candidate> names, List<Candidate> context) : IKeySink
    {
        public void Found(int key, int start, int end)
        {
            if (text.IsWordChar(start - 1) || text.IsWordChar(end)) return;
            var senses = index.ContextEntries[key];
            if (senses.Length > 0 && CaseFit.Of(senses[0], text.Cased, start, end) != CaseFit.Result.Fail)
                context.Add(new Candidate(field, start, end, key, senses, false));

            var entries = index.NameEntries[key];
            if (entries.Length == 0) return;
            // Most keys have one meaning, or all meanings pass: share the index's array then.
            var passing = 0UL;
            var lowerCase = false;
            for (var i = 0; i < entries.Length && i < 64; i++)
            {
                var fit = CaseFit.Of(entries[i], text.Cased, start, end);
                if (fit == CaseFit.Result.Fail) continue;
                passing |= 1UL << i;
                lowerCase |= fit == CaseFit.Result.LowerCase;
            }
            if (passing == 0) return;
            var all = entries.Length >= 64 ? ulong.MaxValue : (1UL << entries.Length) - 1;
            var kept = passing == all ? entries : entries.Where((_, i) => i < 64 && (passing & (1UL << i)) != 0).ToArray();
            names.Add(new Candidate(field, start, end, key, kept, lowerCase));
        }
    }
}
