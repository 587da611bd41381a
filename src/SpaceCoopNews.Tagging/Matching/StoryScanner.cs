namespace SpaceCoopNews.Tagging.Matching;

/// <summary>
/// Runs the automaton over each field of a story and keeps the hits that stand on word
/// boundaries, agree in letter case, and are not inside a longer hit (longest match wins).
/// </summary>
internal sealed class StoryScanner(AliasIndex index)
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
        return (LongestFirst(names, fields), context);
    }

    private static List<Candidate> LongestFirst(List<Candidate> hits, IReadOnlyList<NormalizedText> fields)
    {
        var taken = fields.Select(f => new bool[f.Length]).ToArray();
        var kept = new List<Candidate>(hits.Count);
        foreach (var hit in hits.OrderByDescending(h => h.Length).ThenBy(h => h.Field).ThenBy(h => h.Start))
        {
            var used = taken[hit.Field];
            if (Array.IndexOf(used, true, hit.Start, hit.Length) >= 0) continue;
            Array.Fill(used, true, hit.Start, hit.Length);
            kept.Add(hit);
        }
        kept.Sort((a, b) => a.Field != b.Field ? a.Field.CompareTo(b.Field) : a.Start.CompareTo(b.Start));
        return kept;
    }

    private struct Collector(AliasIndex index, NormalizedText text, int field, List<Candidate> names, List<Candidate> context) : IKeySink
    {
        public void Found(int key, int start, int end)
        {
            if (text.IsWordChar(start - 1) || text.IsWordChar(end)) return;
            var entries = index.Entries[key];
            List<AliasEntry>? named = null;
            List<AliasEntry>? senses = null;
            var lowerCase = false;
            foreach (var entry in entries)
            {
                var fit = CaseFit.Of(entry, text.Cased, start, end);
                if (fit == CaseFit.Result.Fail) continue;
                lowerCase |= fit == CaseFit.Result.LowerCase;
                if (entry.Role == AliasRole.Context) (senses ??= []).Add(entry);
                else (named ??= []).Add(entry);
            }
            if (named is not null) names.Add(new Candidate(field, start, end, key, named.ToArray(), lowerCase));
            if (senses is not null) context.Add(new Candidate(field, start, end, key, senses.ToArray(), false));
        }
    }
}
