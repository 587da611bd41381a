using Microsoft.Data.Sqlite;

namespace SpaceCoopNews.Web.Search;

/// <summary>
/// The index words a prefix term such as <c>cosmo*</c> stands for. FTS5 expands a prefix again in
/// every statement of a search, and ranking it, reading it newest first or marking it in a page
/// of stories each cost a merge of every matching word's full list. Written as those words
/// joined by OR, the same search costs about what a plain word does. A prefix that stands for
/// more than <see cref="MaxWords"/> words is left for FTS5 to expand.
/// </summary>
internal static class PrefixWords
{
    public const int MaxWords = 64;

    // What the tokenizer makes of a text never changes, so it is remembered (up to a bound).
    private const int RememberedForms = 10_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> IndexForms = new();

    // Per connection: a one-row index with the search tokenizer turns typed words into the form
    // the index holds (folded and stemmed exactly as FTS5 does it), and a view of the index's words.
    private const string Setup = $"""
        CREATE VIRTUAL TABLE IF NOT EXISTS temp.SearchWordProbe USING fts5(text, tokenize = '{SearchSchema.Tokenizer}');
        CREATE VIRTUAL TABLE IF NOT EXISTS temp.SearchWordProbeTokens USING fts5vocab(temp, 'SearchWordProbe', 'instance');
        CREATE VIRTUAL TABLE IF NOT EXISTS temp.ArticleSearchWords USING fts5vocab(main, 'ArticleSearch', 'row');
        """;

    /// <summary>
    /// For each prefix term among <paramref name="terms"/>, the index words it stands for; terms
    /// FTS5 should expand itself are left out.
    /// </summary>
    public static async Task<Dictionary<QueryTerm, IReadOnlyList<string>>> FindAsync(SqliteConnection connection, IEnumerable<QueryTerm> terms, CancellationToken cancellationToken)
    {
        var found = new Dictionary<QueryTerm, IReadOnlyList<string>>();
        var prefixes = terms.Where(t => t.IsPrefix).ToList();
        if (prefixes.Count == 0)
        {
            return found;
        }
        await using (var setup = Fts5Statements.Command(connection, Setup))
        {
            await setup.ExecuteNonQueryAsync(cancellationToken);
        }
        foreach (var term in prefixes)
        {
            if (await IndexFormAsync(connection, term.Words[^1], cancellationToken) is [var prefix]
                && await StartingWithAsync(connection, prefix, cancellationToken) is { Count: > 0 } words
                && (await IndexFormAsync(connection, string.Join(' ', words), cancellationToken)).SequenceEqual(words))
            {
                // The last check: FTS5 stems a quoted word again, and a stem does not always stem to itself.
                found[term] = words;
            }
        }
        return found;
    }

    /// <summary>The tokens the index would hold for <paramref name="text"/>, in order.</summary>
    private static async Task<IReadOnlyList<string>> IndexFormAsync(SqliteConnection connection, string text, CancellationToken cancellationToken)
    {
        if (IndexForms.TryGetValue(text, out var known))
        {
            return known;
        }
        await using var command = Fts5Statements.Command(connection, """
            DELETE FROM temp.SearchWordProbe;
            INSERT INTO temp.SearchWordProbe (rowid, text) VALUES (1, $text);
            SELECT term FROM temp.SearchWordProbeTokens ORDER BY offset;
            """, ("$text", text));
        var tokens = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tokens.Add(reader.GetString(0));
        }
        if (IndexForms.Count >= RememberedForms)
        {
            IndexForms.Clear();
        }
        IndexForms[text] = tokens;
        return tokens;
    }

    /// <summary>Index words that begin with <paramref name="prefix"/>; null when there are too many to list.</summary>
    private static async Task<List<string>?> StartingWithAsync(SqliteConnection connection, string prefix, CancellationToken cancellationToken)
    {
        // Words beginning with the prefix sort between it and the prefix with its last character
        // raised by one (SQLite compares UTF-8 bytes, which keeps code point order).
        var last = prefix[^1];
        if (char.IsSurrogate(last) || last == char.MaxValue || char.IsSurrogate((char)(last + 1)))
        {
            return null;
        }
        var above = prefix[..^1] + (char)(last + 1);
        await using var command = Fts5Statements.Command(connection,
            "SELECT term FROM temp.ArticleSearchWords WHERE term >= $prefix AND term < $above LIMIT $limit",
            ("$prefix", prefix), ("$above", above), ("$limit", MaxWords + 1));
        var words = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            words.Add(reader.GetString(0));
        }
        return words.Count > MaxWords ? null : words;
    }
}
