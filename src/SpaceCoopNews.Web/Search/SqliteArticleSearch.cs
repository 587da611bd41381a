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

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var snapshot = request.Catalogue ?? await catalogue.GetAsync(db, cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await facts.CatchUpAsync(connection, cancellationToken);
            var text = new TextMatch(request, await PrefixWords.FindAsync(connection, request.Query.Terms, cancellationToken));
            var filter = new StoryFilter(now, request.FromUtc, request.ToUtc, request.Filters.Select(f => f.Id).ToList());
            var (finding, scores, pageIds, hits) = await BeginAsync(connection, text, filter, request, now, cancellationToken);
            if (finding is null)
            {
                // No words to look for: every story may pass, less those matching words left out.
                if (text.ExcludedOnly is { } excluded)
                {
                    using var excludedMatches = await Fts5Statements.RowIdsAsync(connection, excluded, cancellationToken);
                    filter = filter with { Excluded = [.. excludedMatches.Segment] };
                }
                finding = Task.FromResult(Find(null, filter, request));
            }
            using var foundStories = await finding;
            var found = foundStories.Ids.Segment;
            if (found.Count == 0)
            {
                return SearchResults.Empty;
            }
            pageIds ??= text.Match is not null && request.Sort == SearchSort.Relevance
                ? await RankedPageAsync(connection, text, found, scores, request, cancellationToken)
                : facts.NewestFirst(found, request.Offset, request.Limit);
            hits ??= await LoadHitsAsync(connection, text, pageIds, now, cancellationToken, otherSearchWorkRunning: false);
            var facets = foundStories.EntityCounts is { } counts
                ? Facets(counts, snapshot, request.Filters)
                : new Dictionary<EntityKind, IReadOnlyList<FacetCount>>();
            return new SearchResults(found.Count, hits) { Facets = facets };
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The stories a search finds, ascending by id, and for facets how many of them each entity is linked to.</summary>
    private sealed record Found(IdBuffer Ids, Dictionary<int, int>? EntityCounts) : IDisposable
    {
        public void Dispose() => Ids.Dispose();
    }

    private Found Find(IdBuffer? matches, StoryFilter filter, SearchRequest request)
    {
        var ids = facts.Select(matches?.Segment, filter);
        return new Found(ids, request.IncludeFacets ? facts.CountEntities(ids.Segment, filter) : null);
    }

    private async Task<Found> FindAsync(Task<IdBuffer> matching, StoryFilter filter, SearchRequest request)
    {
        using var matches = await matching;
        return Find(matches, filter, request);
    }

    /// <summary>
    /// Starts finding the stories, and where the ranking window can be known without all of them,
    /// ranks it and loads the page meanwhile. Id lists of a broad search hold 100,000 numbers: they
    /// are borrowed from the shared pool (<see cref="IdBuffer"/>), not left to the large-object heap.
    /// </summary>
    private async Task<(Task<Found>? Finding, Dictionary<int, double>? Scores, List<int>? PageIds, List<SearchHit>? Hits)> BeginAsync(
        SqliteConnection connection, TextMatch text, StoryFilter filter, SearchRequest request, DateTime now, CancellationToken cancellationToken)
    {
        // A quoted phrase usually matches few stories, and every pass over a phrase is costly:
        // one pass that scores them all is tried first, and kept if it found them all.
        var scores = text.Match is not null && text.HasPhrase && request.Sort == SearchSort.Relevance
            ? await Fts5Statements.ScoresInHalvesAsync(connection, text, facts.LastId, RankWindow + 1, cancellationToken)
            : null;
        if (scores?.Count > RankWindow)
        {
            scores = null;
        }
        var match = text.Match;
        if (scores is not null)
        {
            using var matched = IdBuffer.From(scores.Keys.Order());
            return (Task.FromResult(Find(matched, filter, request)), scores, null, null);
        }
        if (match is null)
        {
            return (null, null, null, null);
        }
        if (request.Sort != SearchSort.Relevance)
        {
            return (FindAsync(Fts5Statements.RowIdsAsync(connection, match, cancellationToken), filter, request), null, null, null);
        }

        // The full list is read, filtered and counted for facets on a second connection while
        // this one finds the window to rank, scores it and loads the page.
        var connectionString = connection.ConnectionString;
        var matching = Task.Run(() => FindAsync(Fts5Statements.RowIdsOnOwnConnectionAsync(connectionString, match, cancellationToken), filter, request), cancellationToken);
        int[] window;
        Dictionary<int, double> windowScores;
        bool complete;
        if (filter.Entities.Count == 0 && filter.From is null && filter.To is null)
        {
            // Words alone: the window is the newest matches, scored as they are read.
            windowScores = await Fts5Statements.ScoresAsync(connection, text, null, RankWindow, cancellationToken, newestFirst: true);
            using var newestIds = IdBuffer.From(windowScores.Keys.Order());
            using var visible = facts.Select(newestIds.Segment, filter);
            window = visible.Segment.ToArray();
            complete = windowScores.Count < RankWindow;
        }
        else
        {
            // Words and filters: matches are read newest first until the window is full; a very
            // narrow filter stops the reading early and waits for the full list instead.
            (window, complete) = await NewestPassingAsync(connection, match, filter, cancellationToken);
            if (window.Length == 0 || (window.Length < RankWindow && !complete))
            {
                return (matching, null, null, null);
            }
            windowScores = await Fts5Statements.ScoresAsync(connection, text, window, null, cancellationToken);
        }
        var ranked = Ranked(window, windowScores, request);
        if (ranked.Count < request.Offset + request.Limit && !complete)
        {
            return (matching, null, null, null);
        }
        var pageIds = ranked.Skip(request.Offset).Take(request.Limit).ToList();
        return (matching, null, pageIds, await LoadHitsAsync(connection, text, pageIds, now, cancellationToken, otherSearchWorkRunning: !matching.IsCompleted));
    }

    /// <summary>
    /// Relevance order: stories linked to entities the query names first, then BM25, then the
    /// newest, then the highest id. Only the window of the most recently added matches is scored.
    /// </summary>
    private async Task<List<int>> RankedPageAsync(SqliteConnection connection, TextMatch text, ArraySegment<int> found, Dictionary<int, double>? knownScores, SearchRequest request, CancellationToken cancellationToken)
    {
        var window = found[Math.Max(0, found.Count - RankWindow)..].ToArray();
        var scores = knownScores ?? await Fts5Statements.ScoresAsync(connection, text, window, null, cancellationToken);
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
        var keys = new (int Linked, double Score, long Published, int Id)[window.Length];
        for (var i = 0; i < window.Length; i++)
        {
            keys[i] = (rank[i].Linked, scores.GetValueOrDefault(window[i]), rank[i].PublishedTicks, window[i]);
        }
        // A plain sort of the window: ordering it through LINQ's four key selectors cost near 1 ms.
        Array.Sort(keys, static (a, b) =>
            b.Linked != a.Linked ? b.Linked.CompareTo(a.Linked)
            : a.Score != b.Score ? a.Score.CompareTo(b.Score)
            : b.Published != a.Published ? b.Published.CompareTo(a.Published)
            : b.Id.CompareTo(a.Id));
        return keys.Select(k => k.Id).ToList();
    }

    private async Task<List<SearchHit>> LoadHitsAsync(SqliteConnection connection, TextMatch text, List<int> ids, DateTime now, CancellationToken cancellationToken, bool otherSearchWorkRunning)
    {
        // Marking the words costs more than the rest of the page together. When nothing else of
        // this search is running, half the page is marked on a second connection meanwhile.
        var marking = text.Match is not null && text.Request.IncludeSnippets;
        var markedHere = ids;
        Task<Dictionary<int, (string? Title, string? Snippet)>>? markingElsewhere = null;
        if (marking && !otherSearchWorkRunning && ids.Count > 1)
        {
            var elsewhere = ids[..(ids.Count / 2)];
            markedHere = ids[elsewhere.Count..];
            var connectionString = connection.ConnectionString;
            markingElsewhere = Task.Run(() => Fts5Statements.MarkedTextOnOwnConnectionAsync(connectionString, text, elsewhere, cancellationToken), cancellationToken);
        }
        // Fetched by id, and the one definition of "visible" is applied again to whatever is shown.
        var candidates = new List<Article>(ids.Count);
        await using (var command = Fts5Statements.Command(connection,
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
        var marked = marking ? await Fts5Statements.MarkedTextAsync(connection, text, markedHere, cancellationToken) : [];
        if (markingElsewhere is not null)
        {
            foreach (var (id, markedText) in await markingElsewhere)
            {
                marked[id] = markedText;
            }
        }
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
    /// The newest matches (up to the ranking window) that pass the filter, ascending, and whether
    /// every match was read. Reads at most <see cref="NewestReadLimit"/> matches.
    /// </summary>
    private async Task<(int[] Window, bool Complete)> NewestPassingAsync(SqliteConnection connection, string match, StoryFilter filter, CancellationToken cancellationToken)
    {
        var passing = new List<int>(RankWindow);
        using var batch = new IdBuffer(1024);
        var read = 0;
        var complete = true;
        await using (var command = Fts5Statements.Command(connection, "SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH $match ORDER BY rowid DESC", ("$match", match)))
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
}
