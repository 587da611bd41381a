using System.Buffers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Articles;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Search;

/// <summary>
/// Search over the SQLite FTS5 index kept by the triggers of the Search migration. FTS5 answers
/// which stories contain the words and scores a window of them with BM25; visibility, dates,
/// entity filters, counts, facets and newest-first order come from <see cref="StoryFacts"/> in
/// memory. Everything SQLite-specific about search is here; see README "Search" for the figures.
/// </summary>
public sealed class SqliteArticleSearch(NewsDbContext db, EntityCatalogue catalogue, StoryFacts facts, TimeProvider clock) : IArticleSearch
{
    /// <summary>
    /// BM25 is computed for at most this many matches, the most recently added; broader searches
    /// rank those and list the rest newest-added first. Counts and facets cover every match.
    /// </summary>
    public const int RankWindow = 1000;

    public const int FacetsPerKind = 10;

    /// <summary>How many matches, newest first, are read looking for the window of a filtered search.</summary>
    private const int NewestReadLimit = 16 * RankWindow;

    // Title above summary above entity names above body.
    private const string Bm25 = "bm25(ArticleSearch, 10.0, 4.0, 1.0, 2.0)";

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var snapshot = await catalogue.GetAsync(db, cancellationToken);
        var text = new TextMatch(request);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await facts.CatchUpAsync(connection, cancellationToken);
            // A quoted phrase usually matches few stories, and every pass over a phrase is costly:
            // one pass that scores them all is tried first, and kept if it found them all.
            var scores = text.Match is { } phrase && text.HasPhrase && request.Sort == SearchSort.Relevance
                ? await ScoresAsync(connection, phrase, null, RankWindow + 1, cancellationToken)
                : null;
            if (scores?.Count > RankWindow)
            {
                scores = null;
            }
            var match = text.Match;
            var filter = new StoryFilter(now, request.FromUtc, request.ToUtc, request.Filters.Select(f => f.Id).ToList());
            // Id lists of a broad search hold 100,000 numbers: they are borrowed from the shared
            // pool and returned below, not left to the garbage collector's large-object heap.
            Task<IdBuffer>? matching = null;
            List<int>? pageIds = null;
            List<SearchHit>? hits = null;
            if (scores is not null)
            {
                matching = Task.FromResult(IdBuffer.From(scores.Keys.Order()));
            }
            else if (match is not null && request.Sort == SearchSort.Relevance && filter.Entities.Count == 0 && filter.From is null && filter.To is null)
            {
                // Words alone: the window to rank is the newest matches, known without the full
                // list, so the full list (for the total and the facets) is read on a second
                // connection while this one ranks the window and loads the page.
                var connectionString = connection.ConnectionString;
                matching = Task.Run(() => RowIdsOnOwnConnectionAsync(connectionString, match, cancellationToken), cancellationToken);
                var newest = await ScoresAsync(connection, match, null, RankWindow, cancellationToken, newestFirst: true);
                using var newestIds = IdBuffer.From(newest.Keys.Order());
                using var window = facts.Select(newestIds.Segment, filter);
                var ranked = Ranked(window.Segment.ToArray(), newest, request);
                if (ranked.Count >= request.Offset + request.Limit || newest.Count < RankWindow)
                {
                    pageIds = ranked.Skip(request.Offset).Take(request.Limit).ToList();
                    hits = await LoadHitsAsync(connection, text, pageIds, now, cancellationToken);
                }
            }
            else if (match is not null && request.Sort == SearchSort.Relevance)
            {
                // Words and filters: the newest matches that pass the filters are found by reading
                // matches newest first until the window is full, while the second connection reads
                // them all. A very narrow filter stops the reading early and waits for the full list.
                var connectionString = connection.ConnectionString;
                matching = Task.Run(() => RowIdsOnOwnConnectionAsync(connectionString, match, cancellationToken), cancellationToken);
                var (window, complete) = await NewestPassingAsync(connection, match, filter, cancellationToken);
                if (window.Length > 0 && (window.Length == RankWindow || complete))
                {
                    var windowScores = await ScoresAsync(connection, match, window, null, cancellationToken);
                    var ranked = Ranked(window, windowScores, request);
                    if (ranked.Count >= request.Offset + request.Limit || complete)
                    {
                        pageIds = ranked.Skip(request.Offset).Take(request.Limit).ToList();
                        hits = await LoadHitsAsync(connection, text, pageIds, now, cancellationToken);
                    }
                }
            }
            else if (match is not null)
            {
                matching = RowIdsAsync(connection, match, cancellationToken);
            }
            using var matches = matching is null ? null : await matching;
            if (text.ExcludedOnly is { } excluded)
            {
                using var excludedMatches = await RowIdsAsync(connection, excluded, cancellationToken);
                filter = filter with { Excluded = [.. excludedMatches.Segment] };
            }
            using var foundIds = facts.Select(matches?.Segment, filter);
            var found = foundIds.Segment;
            if (found.Count == 0)
            {
                return SearchResults.Empty;
            }
            pageIds ??= match is not null && request.Sort == SearchSort.Relevance
                ? await RankedPageAsync(connection, match, found, scores, request, cancellationToken)
                : facts.NewestFirst(found, request.Offset, request.Limit);
            hits ??= await LoadHitsAsync(connection, text, pageIds, now, cancellationToken);
            var facets = request.IncludeFacets
                ? Facets(facts.CountEntities(found), snapshot, request.Filters)
                : new Dictionary<EntityKind, IReadOnlyList<FacetCount>>();
            return new SearchResults(found.Count, hits) { Facets = facets };
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Relevance order: stories linked to entities the query names first, then BM25, then the
    /// newest, then the highest id. Only the window of the most recently added matches is scored.
    /// </summary>
    private async Task<List<int>> RankedPageAsync(SqliteConnection connection, string match, ArraySegment<int> found, Dictionary<int, double>? knownScores, SearchRequest request, CancellationToken cancellationToken)
    {
        var window = found[Math.Max(0, found.Count - RankWindow)..].ToArray();
        var scores = knownScores ?? await ScoresAsync(connection, match, window, null, cancellationToken);
        var ranked = Ranked(window, scores, request);
        var ids = ranked.Skip(request.Offset).Take(request.Limit).ToList();
        if (ids.Count < request.Limit)
        {
            // Past the ranked window: the remaining matches, most recently added first.
            var skip = Math.Max(0, request.Offset - window.Length);
            for (var i = found.Count - window.Length - 1 - skip; i >= 0 && ids.Count < request.Limit; i--)
            {
                ids.Add(found[i]);
            }
        }
        return ids;
    }

    /// <summary>Stories linked to entities the query names first, then BM25, then the newest, then the highest id.</summary>
    private List<int> Ranked(int[] window, Dictionary<int, double> scores, SearchRequest request)
    {
        var named = request.NamedEntities.Select(n => n.Entity.Id).Distinct().ToList();
        var rank = facts.RankFacts(window, named);
        return Enumerable.Range(0, window.Length)
            .OrderByDescending(i => rank[i].Linked)
            .ThenBy(i => scores.GetValueOrDefault(window[i]))
            .ThenByDescending(i => rank[i].PublishedTicks)
            .ThenByDescending(i => window[i])
            .Select(i => window[i])
            .ToList();
    }

    private async Task<List<SearchHit>> LoadHitsAsync(SqliteConnection connection, TextMatch text, List<int> ids, DateTime now, CancellationToken cancellationToken)
    {
        // Fetched by id, and the one definition of "visible" is applied again to whatever is shown.
        var candidates = new List<Article>(ids.Count);
        await using (var command = Command(connection,
            "SELECT Id, Slug, Title, Summary, SourceName, PublishedAt, Status FROM Articles WHERE Id IN (SELECT value FROM json_each($ids))",
            ("$ids", "[" + string.Join(',', ids) + "]")))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                candidates.Add(new Article
                {
                    Id = reader.GetInt32(0),
                    Slug = reader.GetString(1),
                    Title = reader.GetString(2),
                    Summary = reader.GetString(3),
                    SourceName = reader.IsDBNull(4) ? null : reader.GetString(4),
                    PublishedAt = reader.IsDBNull(5) ? null : reader.GetDateTime(5),
                    Status = (ArticleStatus)reader.GetInt32(6),
                });
            }
        }
        var rows = candidates.Where(a => a.IsVisibleAt(now))
            .Select(a => new SearchHit(a.Id, a.Slug, a.Title, a.Summary, a.SourceName, DateTime.SpecifyKind(a.PublishedAt!.Value, DateTimeKind.Utc)))
            .ToList();
        var chips = await EntityChip.ForArticlesAsync(db, ids, cancellationToken);
        var marked = text.Match is not null && text.Request.IncludeSnippets
            ? await MarkedTextAsync(connection, text, ids, cancellationToken)
            : [];
        var byId = rows.ToDictionary(r => r.Id);
        var hits = new List<SearchHit>(ids.Count);
        foreach (var id in ids)
        {
            if (!byId.TryGetValue(id, out var hit))
            {
                continue;
            }
            var (title, snippet) = marked.GetValueOrDefault(id);
            hits.Add(hit with
            {
                TitleHtml = Highlight.ToHtml(title ?? hit.Title),
                SnippetHtml = Highlight.ToHtml(snippet ?? hit.Summary),
                Entities = chips[id].ToList(),
            });
        }
        return hits;
    }

    /// <summary>
    /// The title with the matched words marked, and the best passage of the body, else of the summary.
    /// One lookup per story; but FTS5 expands a prefix term again for every statement, so with a
    /// prefix the stories are picked out of one pass over their range of ids instead.
    /// </summary>
    private static async Task<Dictionary<int, (string? Title, string? Snippet)>> MarkedTextAsync(SqliteConnection connection, TextMatch text, List<int> ids, CancellationToken cancellationToken)
    {
        const string Marked = "SELECT rowid, highlight(ArticleSearch, 0, char(2), char(3)), snippet(ArticleSearch, 2, char(2), char(3), '…', 32), snippet(ArticleSearch, 1, char(2), char(3), '…', 32) FROM ArticleSearch";
        var marked = new Dictionary<int, (string?, string?)>(ids.Count);
        if (ids.Count == 0)
        {
            return marked;
        }
        if (text.HasPrefix)
        {
            await using var range = Command(connection,
                $"{Marked} WHERE ArticleSearch MATCH $match AND rowid BETWEEN $low AND $high AND +rowid IN (SELECT value FROM json_each($ids))",
                ("$match", text.Match!), ("$low", ids.Min()), ("$high", ids.Max()), ("$ids", "[" + string.Join(',', ids) + "]"));
            await ReadMarkedAsync(range, marked, cancellationToken);
            return marked;
        }
        await using var lookup = Command(connection, $"{Marked} WHERE ArticleSearch MATCH $match AND rowid = $id", ("$match", text.Match!), ("$id", 0));
        foreach (var id in ids)
        {
            lookup.Parameters["$id"].Value = id;
            await ReadMarkedAsync(lookup, marked, cancellationToken);
        }
        return marked;
    }

    private static async Task ReadMarkedAsync(SqliteCommand command, Dictionary<int, (string?, string?)> marked, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var body = Highlight.StripMarkdown(reader.GetString(2));
            var summary = reader.GetString(3);
            marked[reader.GetInt32(0)] = (reader.GetString(1), Highlight.HasMatch(body) ? body : Highlight.HasMatch(summary) ? summary : null);
        }
    }

    private static IReadOnlyDictionary<EntityKind, IReadOnlyList<FacetCount>> Facets(
        Dictionary<int, int> counts, EntityCatalogue.Snapshot snapshot, IReadOnlyList<CatalogueEntity> active) =>
        counts
            .Select(c => snapshot.ById.TryGetValue(c.Key, out var entity) && !active.Contains(entity) ? new FacetCount(entity, c.Value) : null)
            .OfType<FacetCount>()
            .GroupBy(c => c.Entity.Kind)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<FacetCount>)g.OrderByDescending(c => c.Count).ThenBy(c => c.Entity.Name, StringComparer.Ordinal).Take(FacetsPerKind).ToList());

    /// <summary>
    /// BM25 of the matching stories: of those in <paramref name="window"/> (one pass over their range
    /// of ids, scoring only them), or of the first (or newest) <paramref name="limit"/> matches.
    /// </summary>
    private static async Task<Dictionary<int, double>> ScoresAsync(SqliteConnection connection, string match, int[]? window, int? limit, CancellationToken cancellationToken, bool newestFirst = false)
    {
        await using var command = window is not null
            ? Command(connection,
                $"SELECT rowid, {Bm25} FROM ArticleSearch WHERE ArticleSearch MATCH $match AND rowid >= $lowest AND +rowid IN (SELECT value FROM json_each($window))",
                ("$match", match), ("$lowest", window[0]), ("$window", "[" + string.Join(',', window) + "]"))
            : Command(connection, $"SELECT rowid, {Bm25} FROM ArticleSearch WHERE ArticleSearch MATCH $match ORDER BY rowid {(newestFirst ? "DESC" : "ASC")} LIMIT $limit", ("$match", match), ("$limit", limit ?? -1));
        var scores = new Dictionary<int, double>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            scores[reader.GetInt32(0)] = reader.GetDouble(1);
        }
        return scores;
    }

    /// <summary>
    /// The newest matches (up to the ranking window) that pass the filter, ascending, and whether
    /// every match was read. Reads at most <see cref="NewestReadLimit"/> matches.
    /// </summary>
    private async Task<(int[] Window, bool Complete)> NewestPassingAsync(SqliteConnection connection, string match, StoryFilter filter, CancellationToken cancellationToken)
    {
        var passing = new List<int>(RankWindow);
        using var batch = new IdBuffer(1024);
        var read = 0;
        var complete = true;
        await using (var command = Command(connection, "SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH $match ORDER BY rowid DESC", ("$match", match)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (passing.Count < RankWindow)
            {
                batch.Clear();
                while (batch.Count < 1024 && await reader.ReadAsync(cancellationToken))
                {
                    batch.Add(reader.GetInt32(0));
                }
                read += batch.Count;
                using (var kept = facts.Select(batch.Segment, filter))
                {
                    passing.AddRange(kept.Segment.Take(RankWindow - passing.Count));
                }
                if (batch.Count < 1024)
                {
                    break;
                }
                if (read >= NewestReadLimit && passing.Count < RankWindow)
                {
                    complete = false;
                    break;
                }
            }
        }
        passing.Reverse();
        return (passing.ToArray(), complete && passing.Count < RankWindow);
    }

    private static async Task<IdBuffer> RowIdsOnOwnConnectionAsync(string connectionString, string match, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        SqlitePragmas.Apply(connection);
        return await RowIdsAsync(connection, match, cancellationToken);
    }

    /// <summary>
    /// Ids of the stories whose indexed text matches, ascending. SQLite joins them into one string:
    /// stepping through 100,000 rows one by one from .NET costs several times more.
    /// </summary>
    private static async Task<IdBuffer> RowIdsAsync(SqliteConnection connection, string match, CancellationToken cancellationToken)
    {
        // Read as bytes into a pooled buffer: no 100,000-digit string on the large-object heap.
        await using var command = Command(connection, "SELECT CAST(group_concat(rowid) AS BLOB) FROM ArticleSearch WHERE ArticleSearch MATCH $match", ("$match", match));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken) || reader.IsDBNull(0))
        {
            return new IdBuffer(0);
        }
        var length = (int)reader.GetBytes(0, 0, null, 0, 0);
        var digits = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            reader.GetBytes(0, 0, digits, 0, length);
            // Every id takes at least two bytes with its comma.
            var ids = new IdBuffer(length / 2 + 1);
            var current = 0;
            var ascending = true;
            for (var i = 0; i <= length; i++)
            {
                if (i == length || digits[i] == (byte)',')
                {
                    ascending &= ids.Count == 0 || ids.Last < current;
                    ids.Add(current);
                    current = 0;
                }
                else
                {
                    current = current * 10 + (digits[i] - (byte)'0');
                }
            }
            // FTS5 returns rowids in ascending order; SQL does not promise it, so it is checked.
            if (!ascending)
            {
                ids.Sort();
            }
            return ids;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(digits);
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return command;
    }

    /// <summary>The words of a request as FTS5 expressions: what must match, or what alone is left out.</summary>
    private sealed class TextMatch
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
