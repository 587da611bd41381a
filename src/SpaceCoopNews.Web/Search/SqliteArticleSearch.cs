using System.Data.Common;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Articles;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Search;

/// <summary>
/// Search over the SQLite FTS5 index kept by the triggers of the Search migration. Everything
/// SQLite-specific about search is here; see README "Search" for the design and its figures.
/// </summary>
public sealed class SqliteArticleSearch(NewsDbContext db, EntityCatalogue catalogue, TimeProvider clock) : IArticleSearch
{
    /// <summary>
    /// BM25 is computed for at most this many matches, the most recently added; broader searches
    /// rank those and list the rest newest first. Facets are counted over the same window. This
    /// bounds the work of a one-word search over 100,000 stories.
    /// </summary>
    public const int RankWindow = 2000;

    public const int FacetsPerKind = 10;

    // Title above summary above entity names above body.
    private const string Bm25 = "bm25(ArticleSearch, 10.0, 4.0, 1.0, 2.0)";

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var snapshot = await catalogue.GetAsync(db, cancellationToken);
        var plan = new Plan(request, now);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            var total = Convert.ToInt32(await plan.Command(connection, $"SELECT count(*) FROM {plan.From} WHERE {plan.Where}").ExecuteScalarAsync(cancellationToken));
            if (total == 0)
            {
                return SearchResults.Empty;
            }
            var window = await ReadWindowAsync(connection, plan, cancellationToken);
            var pageIds = await PageIdsAsync(connection, plan, window, total, cancellationToken);
            var hits = await LoadHitsAsync(connection, plan, pageIds, now, cancellationToken);
            var facets = request.IncludeFacets
                ? await FacetsAsync(connection, window.Select(w => w.Id), snapshot, request.Filters, cancellationToken)
                : new Dictionary<EntityKind, IReadOnlyList<FacetCount>>();
            return new SearchResults(total, hits)
            {
                Facets = facets,
                FacetsSampledFrom = request.IncludeFacets && total > window.Count ? window.Count : null,
            };
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record WindowRow(int Id, DateTime PublishedAt, double Score, int Boost);

    private static async Task<List<WindowRow>> ReadWindowAsync(SqliteConnection connection, Plan plan, CancellationToken cancellationToken)
    {
        var score = plan.HasMatch ? Bm25 : "0.0";
        var boost = plan.BoostIds.Count > 0
            ? $"(SELECT count(*) FROM ArticleEntities l WHERE l.ArticleId = d.Id AND l.State <> 2 AND l.EntityId IN ({string.Join(',', plan.BoostIds)}))"
            : "0";
        var sql = $"SELECT d.Id, d.PublishedAt, {score}, {boost} FROM {plan.From} WHERE {plan.Where} ORDER BY {plan.IdColumn} DESC LIMIT {RankWindow}";
        var rows = new List<WindowRow>();
        await using var reader = await plan.Command(connection, sql).ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new WindowRow(reader.GetInt32(0), reader.GetDateTime(1), reader.GetDouble(2), reader.GetInt32(3)));
        }
        return rows;
    }

    private static async Task<List<int>> PageIdsAsync(SqliteConnection connection, Plan plan, List<WindowRow> window, int total, CancellationToken cancellationToken)
    {
        var request = plan.Request;
        if (request.Sort == SearchSort.Newest || !plan.HasMatch)
        {
            var sql = $"SELECT d.Id FROM {plan.From} WHERE {plan.Where} ORDER BY d.PublishedAt DESC, d.Id DESC LIMIT {request.Limit} OFFSET {request.Offset}";
            return await ReadIdsAsync(plan.Command(connection, sql), cancellationToken);
        }
        var ranked = window
            .OrderByDescending(w => w.Boost).ThenBy(w => w.Score).ThenByDescending(w => w.PublishedAt).ThenByDescending(w => w.Id)
            .Select(w => w.Id).ToList();
        var ids = ranked.Skip(request.Offset).Take(request.Limit).ToList();
        if (ids.Count < request.Limit && total > window.Count)
        {
            // Past the ranked window: the remaining matches, most recently added first.
            var skip = Math.Max(0, request.Offset - window.Count);
            var sql = $"SELECT d.Id FROM {plan.From} WHERE {plan.Where} AND {plan.IdColumn} < {window[^1].Id} ORDER BY {plan.IdColumn} DESC LIMIT {request.Limit - ids.Count} OFFSET {skip}";
            ids.AddRange(await ReadIdsAsync(plan.Command(connection, sql), cancellationToken));
        }
        return ids;
    }

    private async Task<List<SearchHit>> LoadHitsAsync(SqliteConnection connection, Plan plan, List<int> ids, DateTime now, CancellationToken cancellationToken)
    {
        // Fetched by id, then the one definition of "visible" is applied again to whatever is shown.
        // Applying it in SQL would make SQLite walk the whole Status/PublishedAt index per search.
        var candidates = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new Article { Id = a.Id, Slug = a.Slug, Title = a.Title, Summary = a.Summary, SourceName = a.SourceName, PublishedAt = a.PublishedAt, Status = a.Status })
            .ToListAsync(cancellationToken);
        var rows = candidates.AsQueryable().VisibleAt(now)
            .Select(a => new SearchHit(a.Id, a.Slug, a.Title, a.Summary, a.SourceName, DateTime.SpecifyKind(a.PublishedAt!.Value, DateTimeKind.Utc)))
            .ToList();
        var chips = await EntityChip.ForArticlesAsync(db, ids, cancellationToken);
        var byId = rows.ToDictionary(r => r.Id);
        var hits = new List<SearchHit>(ids.Count);
        foreach (var id in ids)
        {
            if (!byId.TryGetValue(id, out var hit))
            {
                continue;
            }
            var (title, snippet) = plan.HasMatch && plan.Request.IncludeSnippets
                ? await MarkedTextAsync(connection, plan, id, cancellationToken)
                : (null, null);
            hits.Add(hit with
            {
                TitleHtml = Highlight.ToHtml(title ?? hit.Title),
                SnippetHtml = Highlight.ToHtml(snippet ?? hit.Summary),
                Entities = chips[id].ToList(),
            });
        }
        return hits;
    }

    private static async Task<(string? Title, string? Snippet)> MarkedTextAsync(SqliteConnection connection, Plan plan, int id, CancellationToken cancellationToken)
    {
        var command = plan.Command(connection,
            "SELECT highlight(ArticleSearch, 0, char(2), char(3)), snippet(ArticleSearch, 2, char(2), char(3), '…', 32), snippet(ArticleSearch, 1, char(2), char(3), '…', 32) " +
            "FROM ArticleSearch WHERE ArticleSearch MATCH $match AND rowid = $id");
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return (null, null);
        }
        var body = Highlight.StripMarkdown(reader.GetString(1));
        var summary = reader.GetString(2);
        return (reader.GetString(0), Highlight.HasMatch(body) ? body : Highlight.HasMatch(summary) ? summary : null);
    }

    private static async Task<IReadOnlyDictionary<EntityKind, IReadOnlyList<FacetCount>>> FacetsAsync(
        SqliteConnection connection, IEnumerable<int> ids, EntityCatalogue.Snapshot snapshot, IReadOnlyList<CatalogueEntity> active, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT l.EntityId, count(*) FROM ArticleEntities l WHERE l.State <> 2 AND l.ArticleId IN (SELECT value FROM json_each($ids)) GROUP BY l.EntityId";
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids));
        var counts = new List<FacetCount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (snapshot.ById.TryGetValue(reader.GetInt32(0), out var entity) && !active.Contains(entity))
            {
                counts.Add(new FacetCount(entity, reader.GetInt32(1)));
            }
        }
        return counts.GroupBy(c => c.Entity.Kind).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<FacetCount>)g.OrderByDescending(c => c.Count).ThenBy(c => c.Entity.Name, StringComparer.Ordinal).Take(FacetsPerKind).ToList());
    }

    private static async Task<List<int>> ReadIdsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var ids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt32(0));
        }
        return ids;
    }

    /// <summary>The FROM and WHERE shared by the count, the ranked window, paging and snippets.</summary>
    private sealed class Plan
    {
        private readonly List<(string Name, object Value)> parameters = [];

        public Plan(SearchRequest request, DateTime now)
        {
            Request = request;
            var positives = request.Query.Terms.Where(t => !t.IsExcluded).ToList();
            var excluded = request.Query.Terms.Where(t => t.IsExcluded).ToList();
            HasMatch = positives.Count > 0;
            var where = new StringBuilder("d.Status = $published AND d.PublishedAt IS NOT NULL AND d.PublishedAt <= $now");
            parameters.Add(("$published", (int)ArticleStatus.Published));
            parameters.Add(("$now", now));
            if (HasMatch)
            {
                var match = "(" + string.Join(' ', positives.Select(Fts5.Term)) + ")" + string.Concat(excluded.Select(t => " NOT " + Fts5.Term(t)));
                if (request.TextOnly)
                {
                    match = "{title summary body} : (" + match + ")";
                }
                parameters.Add(("$match", match));
                where.Insert(0, "ArticleSearch MATCH $match AND ");
            }
            else if (excluded.Count > 0)
            {
                parameters.Add(("$exclude", string.Join(" OR ", excluded.Select(Fts5.Term))));
                where.Append(" AND d.Id NOT IN (SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH $exclude)");
            }
            if (request.FromUtc is { } from)
            {
                parameters.Add(("$from", from));
                where.Append(" AND d.PublishedAt >= $from");
            }
            if (request.ToUtc is { } to)
            {
                parameters.Add(("$to", to));
                where.Append(" AND d.PublishedAt < $to");
            }
            foreach (var (filter, index) in request.Filters.Select((f, i) => (f, i)))
            {
                parameters.Add(($"$entity{index}", filter.Id));
                where.Append($" AND d.Id IN (SELECT ArticleId FROM ArticleEntities WHERE EntityId = $entity{index} AND State <> 2)");
            }
            Where = where.ToString();
            BoostIds = request.NamedEntities.Select(n => n.Entity.Id).Distinct().ToList();
        }

        public SearchRequest Request { get; }
        public bool HasMatch { get; }
        public string Where { get; }
        public IReadOnlyList<int> BoostIds { get; }

        /// <summary>
        /// CROSS JOIN keeps FTS5 as the outer loop: left to itself, SQLite walks the date index and
        /// runs the full-text match once per story, hundreds of times slower.
        /// </summary>
        public string From => HasMatch ? "ArticleSearch f CROSS JOIN SearchDocuments d ON d.Id = f.rowid" : "SearchDocuments d";

        /// <summary>Ordering by the FTS rowid lets FTS5 walk its index backwards and stop early.</summary>
        public string IdColumn => HasMatch ? "f.rowid" : "d.Id";

        public SqliteCommand Command(SqliteConnection connection, string sql)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                if (sql.Contains(name, StringComparison.Ordinal))
                {
                    command.Parameters.AddWithValue(name, value);
                }
            }
            return command;
        }
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
