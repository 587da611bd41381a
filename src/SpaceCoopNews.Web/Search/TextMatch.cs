namespace SpaceCoopNews.Web.Search;

/// <summary>The words of a request as FTS5 expressions: what must match, or what alone is left out.</summary>
internal sealed class TextMatch
{
    /// <param name="prefixWords">The index words prefix terms stand for (<see cref="PrefixWords"/>); others stay prefixes.</param>
    public TextMatch(SearchRequest request, IReadOnlyDictionary<QueryTerm, IReadOnlyList<string>> prefixWords)
    {
        Request = request;
        var positives = request.Query.Terms.Where(t => !t.IsExcluded).ToList();
        var excluded = request.Query.Terms.Where(t => t.IsExcluded).ToList();
        string Term(QueryTerm term) => Fts5.Term(term, prefixWords.GetValueOrDefault(term));
        if (positives.Count > 0)
        {
            var match = "(" + string.Join(" AND ", positives.Select(Term)) + ")" + string.Concat(excluded.Select(t => " NOT " + Term(t)));
            Match = request.TextOnly ? "{title summary body} : (" + match + ")" : match;
            HasPrefix = positives.Any(t => t.IsPrefix && !prefixWords.ContainsKey(t));
            HasOneTerm = positives.Count == 1 && prefixWords.GetValueOrDefault(positives[0]) is null or { Count: 1 };
            HasPhrase = positives.Any(t => t.IsPhrase);
        }
        else if (excluded.Count > 0)
        {
            ExcludedOnly = string.Join(" OR ", excluded.Select(Term));
        }
    }

    public SearchRequest Request { get; }

    /// <summary>The expression stories must match, when the query has words to look for.</summary>
    public string? Match { get; }

    /// <summary>Whether FTS5 itself has a prefix to expand.</summary>
    public bool HasPrefix { get; }

    public bool HasPhrase { get; }

    /// <summary>Whether one word, phrase or prefix is looked for (words left out aside): see <see cref="FrequencyRank"/>.</summary>
    public bool HasOneTerm { get; }

    /// <summary>Stories matching this are left out, when the query has only excluded words.</summary>
    public string? ExcludedOnly { get; }
}

/// <summary>FTS5 query syntax, built only from words: every word is a quoted string, so nothing typed is an operator.</summary>
internal static class Fts5
{
    /// <param name="prefixWords">For a prefix term, the index words it stands for, each tried in its place.</param>
    public static string Term(QueryTerm term, IReadOnlyList<string>? prefixWords = null)
    {
        if (term.IsPrefix && prefixWords is not null)
        {
            var leading = term.Words.Take(term.Words.Count - 1).ToList();
            return "(" + string.Join(" OR ", prefixWords.Select(word => Quoted([.. leading, word]))) + ")";
        }
        var quoted = Quoted(term.Words);
        return term.IsPrefix ? quoted + "*" : quoted;
    }

    private static string Quoted(IEnumerable<string> words) =>
        "\"" + string.Join(' ', words).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
