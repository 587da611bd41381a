using Microsoft.Data.Sqlite;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Search;

/// <summary>The SQL search sends to the FTS5 index: match ids, BM25 scores, marked titles and passages.</summary>
internal static class Fts5Statements
{
    // Title above summary above entity names above body.
    private const string ColumnWeights = "10.0, 4.0, 1.0, 2.0";

    /// <summary>
    /// bm25 with the column weights, as <see cref="FrequencyRank"/> computes it without bm25's pass
    /// counting the matches: for one term that count cannot change the order, and for several the
    /// counts come from <see cref="TermCounts"/>. bm25 itself where neither applies.
    /// </summary>
    private static async Task<string> RankAsync(SqliteConnection connection, TextMatch text, CancellationToken cancellationToken)
    {
        if (!FrequencyRank.TryRegister(connection))
        {
            return $"bm25(ArticleSearch, {ColumnWeights})";
        }
        if (text.HasOneTerm)
        {
            return $"{FrequencyRank.Name}(ArticleSearch, {ColumnWeights})";
        }
        return await TermCounts.ForAsync(connection, text, cancellationToken) is { } counts
            ? $"{FrequencyRank.Name}(ArticleSearch, {ColumnWeights}, {string.Join(", ", counts)})"
            : $"bm25(ArticleSearch, {ColumnWeights})";
    }

    private const int PassageWords = 32;

    /// <summary>
    /// The title with the matched words marked, and the best passage of the body, else of the summary
    /// (<see cref="Passage"/>).
    /// One lookup per story; but FTS5 expands a prefix term again for every statement, so with a
    /// prefix the stories are picked out of one pass over their range of ids instead.
    /// </summary>
    public static async Task<Dictionary<int, (string? Title, string? Snippet)>> MarkedTextAsync(SqliteConnection connection, TextMatch text, List<int> ids, CancellationToken cancellationToken)
    {
        var passage = Passage.TryRegister(connection)
            ? (Body: $"{Passage.Name}(ArticleSearch, 2, {PassageWords})", Summary: $"{Passage.Name}(ArticleSearch, 1, {PassageWords})")
            : (Body: $"snippet(ArticleSearch, 2, char(2), char(3), '…', {PassageWords})", Summary: $"snippet(ArticleSearch, 1, char(2), char(3), '…', {PassageWords})");
        var select = $"SELECT rowid, highlight(ArticleSearch, 0, char(2), char(3)), {passage.Body}, {passage.Summary} FROM ArticleSearch";
        var marked = new Dictionary<int, (string?, string?)>(ids.Count);
        if (ids.Count == 0)
        {
            return marked;
        }
        if (text.HasPrefix)
        {
            await using var range = Command(connection,
                $"{select} WHERE ArticleSearch MATCH $match AND rowid BETWEEN $low AND $high AND +rowid IN (SELECT value FROM json_each($ids))",
                ("$match", text.Match!), ("$low", ids.Min()), ("$high", ids.Max()), ("$ids", "[" + string.Join(',', ids) + "]"));
            await ReadMarkedAsync(range, marked, cancellationToken);
            return marked;
        }
        await using var lookup = Command(connection, $"{select} WHERE ArticleSearch MATCH $match AND rowid = $id", ("$match", text.Match!), ("$id", 0));
        foreach (var id in ids)
        {
            lookup.Parameters["$id"].Value = id;
            await ReadMarkedAsync(lookup, marked, cancellationToken);
        }
        return marked;
    }

    /// <summary><see cref="MarkedTextAsync"/> on a connection of its own, to mark part of a page beside the request's.</summary>
    public static async Task<Dictionary<int, (string? Title, string? Snippet)>> MarkedTextOnOwnConnectionAsync(string connectionString, TextMatch text, List<int> ids, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(connectionString, cancellationToken);
        return await MarkedTextAsync(connection, text, ids, cancellationToken);
    }

    private static async Task ReadMarkedAsync(SqliteCommand command, Dictionary<int, (string?, string?)> marked, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var body = reader.IsDBNull(2) ? null : Highlight.StripMarkdown(reader.GetString(2));
            var summary = reader.IsDBNull(3) ? null : reader.GetString(3);
            marked[reader.GetInt32(0)] = (reader.GetString(1),
                body is not null && Highlight.HasMatch(body) ? body : summary is not null && Highlight.HasMatch(summary) ? summary : null);
        }
    }

    /// <summary>
    /// BM25 of the matching stories: of those in <paramref name="window"/> (one pass over their range
    /// of ids, scoring only them), or of the first (or newest) <paramref name="limit"/> matches, of
    /// those with ids in (<paramref name="above"/>, <paramref name="through"/>]. <paramref name="rank"/>:
    /// the ranking expression when another connection already chose it (<see cref="RankAsync"/>).
    /// </summary>
    public static async Task<Dictionary<int, double>> ScoresAsync(SqliteConnection connection, TextMatch text, int[]? window, int? limit, CancellationToken cancellationToken,
        bool newestFirst = false, long above = long.MinValue, long through = long.MaxValue, string? rank = null)
    {
        var match = text.Match!;
        if (rank is null)
        {
            rank = await RankAsync(connection, text, cancellationToken);
        }
        else
        {
            FrequencyRank.TryRegister(connection);
        }
        await using var command = window is not null
            ? Command(connection,
                $"SELECT rowid, {rank} FROM ArticleSearch WHERE ArticleSearch MATCH $match AND rowid >= $lowest AND +rowid IN (SELECT value FROM json_each($window))",
                ("$match", match), ("$lowest", window[0]), ("$window", "[" + string.Join(',', window) + "]"))
            : Command(connection, $"SELECT rowid, {rank} FROM ArticleSearch WHERE ArticleSearch MATCH $match AND rowid > $above AND rowid <= $through ORDER BY rowid {(newestFirst ? "DESC" : "ASC")} LIMIT $limit",
                ("$match", match), ("$above", above), ("$through", through), ("$limit", limit ?? -1));
        var scores = new Dictionary<int, double>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            scores[reader.GetInt32(0)] = reader.GetDouble(1);
        }
        return scores;
    }

    /// <summary>
    /// The scores of up to <paramref name="limit"/> matches in each half of the ids up to
    /// <paramref name="lastId"/>, and of any above it: the upper half is read on a second connection
    /// while this one reads the lower. On two cores that takes a phrase's pass from about 8 to 5 ms.
    /// </summary>
    public static async Task<Dictionary<int, double>> ScoresInHalvesAsync(SqliteConnection connection, TextMatch text, int lastId, int limit, CancellationToken cancellationToken)
    {
        var middle = lastId / 2;
        var connectionString = connection.ConnectionString;
        // Chosen once: for several terms it may count them, which both halves would otherwise do.
        var rank = await RankAsync(connection, text, cancellationToken);
        var upper = Task.Run(async () =>
        {
            await using var own = await OpenAsync(connectionString, cancellationToken);
            return await ScoresAsync(own, text, null, limit, cancellationToken, above: middle, rank: rank);
        }, cancellationToken);
        var lower = ScoresAsync(connection, text, null, limit, cancellationToken, through: middle, rank: rank);
        await Task.WhenAll(lower, upper);
        var scores = lower.Result;
        foreach (var (id, score) in upper.Result)
        {
            scores[id] = score;
        }
        return scores;
    }

    public static async Task<IdBuffer> RowIdsOnOwnConnectionAsync(string connectionString, string match, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(connectionString, cancellationToken);
        return await RowIdsAsync(connection, match, cancellationToken);
    }

    /// <summary>A connection of search's own, beside the request's, with the same settings.</summary>
    private static async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        SqlitePragmas.Apply(connection);
        return connection;
    }

    /// <summary>Ids of the stories whose indexed text matches, ascending (see <see cref="IdCollector"/>).</summary>
    public static Task<IdBuffer> RowIdsAsync(SqliteConnection connection, string match, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(IdCollector.Read(connection, match));
    }

    public static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return command;
    }
}
