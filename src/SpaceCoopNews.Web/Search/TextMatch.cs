namespace SpaceCoopNews.Web.Search;

/// <summary>The words of a request as FTS5 expressions: what must match, or what alone is left out.</summary>
internal sealed class TextMatch
{
    public TextMatch(SearchRequest request)
    {
        Request = request;
        var positives = request.Query.Terms.Where(t => !t.IsExcluded).ToList();
        var excluded = request.Query.Terms.Where(t => t.IsExcluded).ToList();
        if (positives.Count > 0)
        {
            var match = "(" + string.Join(' ', positives.Select(Fts5.Term)) + ")" + string.Concat(excluded.Select(t => " NOT " + Fts5.Term(t)));
            Match = request.TextOnly ? "{title summary body} : (" + match + ")" : match;
            HasPrefix = positives.Any(t => t.IsPrefix);
            HasPhrase = positives.Any(t => t.IsPhrase);
        }
        else if (excluded.Count > 0)
        {
            ExcludedOnly = string.Join(" OR ", excluded.Select(Fts5.Term));
        }
    }

    public SearchRequest Request { get; }

    /// <summary>The expression stories must match, when the query has words to look for.</summary>
    public string? Match { get; }

    public bool HasPrefix { get; }

    public bool HasPhrase { get; }

    /// <summary>Stories matching this are left out, when the query has only excluded words.</summary>
    public string? ExcludedOnly { get; }
}

/// <summary>FTS5 query syntax, built only from words: every word is a quoted string, so nothing typed is an operator.</summary>
internal static class Fts5
{
    public static string Term(QueryTerm term)
    {
        var quoted = "\"" + string.Join(' ', term.Words).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        return term.IsPrefix ? quoted + "*" : quoted;
    }
}
