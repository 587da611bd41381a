namespace SpaceCoopNews.Tagging.Matching;

/// <summary>
/// Runs the automaton over each field of a story and keeps the hits that stand on word
/// boundaries, agree in letter case, and are not inside a longer hit (longest match wins).
/// </summary>
internal sealed class StoryScanner(AliasIndex index, FuzzyNames fuzzy)
{
    private static readonly Comparison<Candidate> ByPosition = ComparePositions;
    private static readonly Comparison<Candidate> LongestThenByPosition =
        (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : ComparePositions(a, b);

    /// <summary>Name candidates (in <see cref="ScanBuffers.Kept"/>) and context words (in <see cref="ScanBuffers.Context"/>), by position.</summary>
    public void Scan(IReadOnlyList<NormalizedText> fields, ScanBuffers buffers)
    {
        var hits = buffers.Hits;
        var context = buffers.Context;
        for (var f = 0; f < fields.Count; f++)
        {
            var text = fields[f];
            var sink = new Collector(index, text, f, hits, context);
            index.Automaton.Scan(text.Keys, text.Length, ref sink);
        }
        context.Sort(ByPosition);
        LongestFirst(hits, fields, buffers);
        WithCloseSpellings(fields, buffers);
    }

    // A full name one slip away may stand where only its surname matched ("Sergie Krikalev").
    private void WithCloseSpellings(IReadOnlyList<NormalizedText> fields, ScanBuffers buffers)
    {
        var kept = buffers.Kept;
        foreach (var hit in kept)
            if (AllSurnames(hit.Entries)) Array.Fill(buffers.Covered(hit.Field, 0), false, hit.Start, hit.Length);
        var close = buffers.Close;
        for (var f = 0; f < fields.Count; f++) fuzzy.Find(fields[f], f, buffers.Covered(f, 0), close);
        if (close.Count == 0) return;
        kept.RemoveAll(hit => close.Exists(c => c.Field == hit.Field && c.Start < hit.End && hit.Start < c.End));
        kept.AddRange(close);
        kept.Sort(ByPosition);
    }

    private static void LongestFirst(List<Candidate> hits, IReadOnlyList<NormalizedText> fields, ScanBuffers buffers)
    {
        for (var f = 0; f < fields.Count; f++) buffers.Covered(f, fields[f].Length);
        var kept = buffers.Kept;
        hits.Sort(LongestThenByPosition);
        foreach (var hit in hits)
        {
            var used = buffers.Covered(hit.Field, 0);
            if (Array.IndexOf(used, true, hit.Start, hit.Length) >= 0)
            {
                if (AllNest(hit.Entries)) kept.Add(hit);
                continue;
            }
            Array.Fill(used, true, hit.Start, hit.Length);
            kept.Add(hit);
        }
        kept.Sort(ByPosition);
    }

    private static bool AllSurnames(AliasEntry[] entries)
    {
        foreach (var entry in entries)
            if (entry.Role != AliasRole.Surname) return false;
        return true;
    }

    private static bool AllNest(AliasEntry[] entries)
    {
        foreach (var entry in entries)
            if (!entry.Nests) return false;
        return true;
    }

    private static int ComparePositions(Candidate a, Candidate b) =>
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
            names.Add(new Candidate(field, start, end, key, passing == all ? entries : Passing(entries, passing), lowerCase));
        }

        private static AliasEntry[] Passing(AliasEntry[] entries, ulong passing)
        {
            var kept = new AliasEntry[System.Numerics.BitOperations.PopCount(passing)];
            var k = 0;
            for (var i = 0; i < entries.Length && i < 64; i++)
                if ((passing & (1UL << i)) != 0) kept[k++] = entries[i];
            return kept;
        }
    }
}
