using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace SpaceCoopNews.Web.Search;

/// <summary>
/// How many stories hold each term of a search, in the order FTS5 numbers the terms: what bm25
/// counts first, to weigh rare terms above common ones. bm25 counts them again in every statement;
/// here each count is kept until the index changes, so <see cref="FrequencyRank"/> can rank a
/// search of several terms exactly as bm25 does without that pass (a common word costs 2–3 ms to
/// count at 100,000 stories). Any write to the index rewrites its structure record
/// (<c>ArticleSearch_data</c> row 10), so a changed record empties the counts.
/// </summary>
internal static class TermCounts
{
    /// <summary>More terms than this are left to bm25.</summary>
    public const int MaxTerms = 16;

    private const int MaxKept = 10_000;

    private static Kept kept = new([], new ConcurrentDictionary<string, long>());

    private sealed record Kept(byte[] Structure, ConcurrentDictionary<string, long> Counts);

    /// <summary>The number of stories matching each term of <paramref name="text"/>; null when bm25 should count them.</summary>
    public static async Task<long[]?> ForAsync(SqliteConnection connection, TextMatch text, CancellationToken cancellationToken)
    {
        var (columns, terms) = Terms(text.Match!);
        // A search limited to some columns is left to bm25, which counts the terms in those columns.
        if (columns.Length > 0 || terms.Count == 0 || terms.Count > MaxTerms)
        {
            return null;
        }
        var structure = await StructureAsync(connection, cancellationToken);
        var current = kept;
        if (!current.Structure.AsSpan().SequenceEqual(structure))
        {
            current = new Kept(structure, new ConcurrentDictionary<string, long>());
            kept = current;
        }
        var counts = new long[terms.Count];
        var counted = false;
        for (var i = 0; i < terms.Count; i++)
        {
            var term = columns + terms[i];
            if (!current.Counts.TryGetValue(term, out counts[i]))
            {
                await using var command = Fts5Statements.Command(connection, "SELECT count(*) FROM ArticleSearch WHERE ArticleSearch MATCH $term", ("$term", term));
                counts[i] = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
                counted = true;
            }
        }
        // Counts read while a write landed could belong to either version of the index: kept only
        // when the structure is still the one they are filed under.
        if (counted && current.Counts.Count < MaxKept && (await StructureAsync(connection, cancellationToken)).AsSpan().SequenceEqual(structure))
        {
            for (var i = 0; i < terms.Count; i++)
            {
                current.Counts[columns + terms[i]] = counts[i];
            }
        }
        return counts;
    }

    private static async Task<byte[]> StructureAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = Fts5Statements.Command(connection, "SELECT block FROM ArticleSearch_data WHERE id = 10");
        return await command.ExecuteScalarAsync(cancellationToken) as byte[] ?? [];
    }

    /// <summary>
    /// The column filter an expression starts with (with its colon, or empty) and its terms in order:
    /// <see cref="Fts5"/> writes every term as a quoted string, a prefix with a star after it.
    /// </summary>
    public static (string Columns, List<string> Terms) Terms(string match)
    {
        var columns = "";
        if (match.StartsWith('{'))
        {
            var end = match.IndexOf(':', StringComparison.Ordinal);
            columns = match[..(end + 1)] + " ";
        }
        var terms = new List<string>();
        for (var i = columns.Length; i < match.Length; i++)
        {
            if (match[i] != '"')
            {
                continue;
            }
            var start = i;
            for (i++; i < match.Length; i++)
            {
                if (match[i] == '"')
                {
                    if (i + 1 < match.Length && match[i + 1] == '"')
                    {
                        i++;
                        continue;
                    }
                    break;
                }
            }
            var prefix = i + 1 < match.Length && match[i + 1] == '*';
            terms.Add(match[start..(i + 1)] + (prefix ? "*" : ""));
            if (prefix)
            {
                i++;
            }
        }
        return (columns, terms);
    }
}
