using System.Buffers;
using Microsoft.Data.Sqlite;
using SpaceCoopNews.Web.Articles;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Search;

/// <summary>
/// What search keeps in memory about every story: from when readers may see it and which entities
/// it is linked to (rejected links left out). Filters, exact counts, facets and newest-first order
/// run over these arrays, so FTS5 is asked only for the words. Triggers append the id of every
/// story whose status, date or links change to the SearchChanges log in the same transaction as
/// the change; each search first applies what was logged since the previous one, so the facts are
/// never behind the database. See README "Search" for the figures this buys.
/// </summary>
public sealed class StoryFacts
{
    /// <summary>More changed stories than this since the last search: reading everything again is cheaper.</summary>
    private const int ReloadAbove = 20_000;

    /// <summary>The log is emptied of applied entries once it holds this many.</summary>
    private const int PruneAbove = 5_000;

    private const string LatestSql = "SELECT coalesce(max(Seq), 0) FROM SearchChanges";

    private readonly SemaphoreSlim catchUp = new(1, 1);
    private readonly ReaderWriterLockSlim gate = new();
    private long appliedSeq = -1;
    private long loggedSince;

    // Indexed by story id. VisibleFrom is long.MaxValue for a story readers may never see (or no story).
    private long[] visibleFrom = [];
    private int[][] links = [];
    private int maxId;

    /// <summary>Brings the facts up to date with the database the connection reads.</summary>
    public async Task CatchUpAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await catchUp.WaitAsync(cancellationToken);
        try
        {
            var latest = Convert.ToInt64(await ScalarAsync(connection, null, LatestSql, cancellationToken));
            if (latest == appliedSeq)
            {
                return;
            }
            if (appliedSeq < 0 || latest < appliedSeq)
            {
                await ReloadAsync(connection, cancellationToken);
                return;
            }
            // Deferred: a read snapshot, no write lock.
            await using var transaction = connection.BeginTransaction(deferred: true);
            var changed = await ReadIdsAsync(connection, transaction, "SELECT DISTINCT ArticleId FROM SearchChanges WHERE Seq > $from AND Seq <= $to", appliedSeq, latest, cancellationToken);
            if (changed.Count > ReloadAbove)
            {
                await transaction.CommitAsync(cancellationToken);
                await ReloadAsync(connection, cancellationToken);
                return;
            }
            const string Changed = "(SELECT ArticleId FROM SearchChanges WHERE Seq > $from AND Seq <= $to)";
            var documents = await ReadDocumentsAsync(connection, transaction, $"WHERE Id IN {Changed}", appliedSeq, latest, cancellationToken);
            var linked = await ReadLinksAsync(connection, transaction, $"AND ArticleId IN {Changed}", appliedSeq, latest, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            Apply(changed, documents, linked);
            loggedSince += latest - appliedSeq;
            appliedSeq = latest;
            if (loggedSince > PruneAbove)
            {
                await PruneAsync(connection, cancellationToken);
            }
        }
        finally
        {
            catchUp.Release();
        }
    }

    /// <summary>
    /// Stories readers may see at <paramref name="now"/> that pass the filter, ascending by id.
    /// With <paramref name="matches"/> (ascending ids from the full-text index), only those are considered.
    /// </summary>
    public IdBuffer Select(ArraySegment<int>? matches, StoryFilter filter)
    {
        var now = filter.Now.Ticks;
        var from = filter.From?.Ticks ?? long.MinValue;
        var to = filter.To?.Ticks ?? long.MaxValue;
        var required = filter.Entities.ToArray();
        var excluded = filter.Excluded;
        var result = new IdBuffer(matches?.Count ?? maxId);
        gate.EnterReadLock();
        try
        {
            var count = matches?.Count ?? maxId;
            for (var i = 0; i < count; i++)
            {
                var id = matches is { } m ? m[i] : i + 1;
                if (id <= 0 || id > maxId)
                {
                    continue;
                }
                var visible = visibleFrom[id];
                if (visible > now || visible < from || visible >= to || (excluded is not null && excluded.Contains(id)))
                {
                    continue;
                }
                var linked = links[id];
                var all = true;
                for (var e = 0; e < required.Length && all; e++)
                {
                    all = Array.IndexOf(linked, required[e]) >= 0;
                }
                if (all)
                {
                    result.Add(id);
                }
            }
        }
        finally
        {
            gate.ExitReadLock();
        }
        return result;
    }

    /// <summary>How many of the stories are linked to each entity (by entity id).</summary>
    public Dictionary<int, int> CountEntities(ArraySegment<int> ids)
    {
        var counts = new int[256];
        gate.EnterReadLock();
        try
        {
            foreach (var id in ids)
            {
                foreach (var entity in LinksOf(id))
                {
                    if (entity >= counts.Length)
                    {
                        Array.Resize(ref counts, Math.Max(entity + 1, counts.Length * 2));
                    }
                    counts[entity]++;
                }
            }
        }
        finally
        {
            gate.ExitReadLock();
        }
        var result = new Dictionary<int, int>();
        for (var entity = 0; entity < counts.Length; entity++)
        {
            if (counts[entity] > 0)
            {
                result[entity] = counts[entity];
            }
        }
        return result;
    }

    /// <summary>For ranking: each story's publication time and how many of the given entities it is linked to.</summary>
    public (long PublishedTicks, int Linked)[] RankFacts(IReadOnlyList<int> ids, IReadOnlyList<int> entities)
    {
        var result = new (long, int)[ids.Count];
        gate.EnterReadLock();
        try
        {
            for (var i = 0; i < ids.Count; i++)
            {
                var id = ids[i];
                var linked = 0;
                foreach (var entity in entities)
                {
                    linked += Array.IndexOf(LinksOf(id), entity) >= 0 ? 1 : 0;
                }
                result[i] = (VisibleFromOf(id), linked);
            }
        }
        finally
        {
            gate.ExitReadLock();
        }
        return result;
    }

    /// <summary>
    /// One page of the stories in reading order: newest first, the id breaking ties, as
    /// <see cref="ArticleQueries.NewestFirst"/>. Keeps only skip + take stories while scanning.
    /// </summary>
    public List<int> NewestFirst(ArraySegment<int> ids, int skip, int take)
    {
        var keep = skip + take;
        if (keep <= 0 || ids.Count == 0)
        {
            return [];
        }
        // A min-heap of the newest seen so far: its root is the oldest of them, the first to go.
        var heap = new PriorityQueue<int, (long Time, int Id)>(keep + 1);
        gate.EnterReadLock();
        try
        {
            foreach (var id in ids)
            {
                var key = (VisibleFromOf(id), id);
                if (heap.Count < keep)
                {
                    heap.Enqueue(id, key);
                }
                else if (heap.TryPeek(out _, out var oldest) && key.CompareTo(oldest) > 0)
                {
                    heap.DequeueEnqueue(id, key);
                }
            }
        }
        finally
        {
            gate.ExitReadLock();
        }
        var page = new List<int>(heap.Count);
        while (heap.Count > 0)
        {
            page.Add(heap.Dequeue());
        }
        page.Reverse();
        return page.Skip(skip).Take(take).ToList();
    }

    // Ids come from an earlier Select; a reload in between may have shrunk the arrays.
    private int[] LinksOf(int id) => id < links.Length ? links[id] : [];

    private long VisibleFromOf(int id) => id < visibleFrom.Length ? visibleFrom[id] : long.MaxValue;

    private async Task ReloadAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // Deferred: a read snapshot, no write lock.
            await using var transaction = connection.BeginTransaction(deferred: true);
        var latest = Convert.ToInt64(await ScalarAsync(connection, transaction, LatestSql, cancellationToken));
        var documents = await ReadDocumentsAsync(connection, transaction, "", 0, 0, cancellationToken);
        var linked = await ReadLinksAsync(connection, transaction, "", 0, 0, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var top = documents.Count == 0 ? 0 : documents.Max(d => d.Id);
        gate.EnterWriteLock();
        try
        {
            maxId = 0;
            visibleFrom = new long[top + 1];
            links = new int[top + 1][];
            Array.Fill(visibleFrom, long.MaxValue);
            Array.Fill(links, []);
            maxId = top;
            foreach (var (id, visible) in documents)
            {
                visibleFrom[id] = visible;
            }
            foreach (var group in linked)
            {
                if (group.Key <= top)
                {
                    links[group.Key] = group.Value.ToArray();
                }
            }
        }
        finally
        {
            gate.ExitWriteLock();
        }
        appliedSeq = latest;
    }

    private void Apply(List<int> changed, List<(int Id, long VisibleFrom)> documents, Dictionary<int, List<int>> linked)
    {
        var top = Math.Max(maxId, changed.Count == 0 ? 0 : changed.Max());
        gate.EnterWriteLock();
        try
        {
            if (top >= visibleFrom.Length)
            {
                var size = Math.Max(top + 1, visibleFrom.Length * 2);
                var grownVisible = new long[size];
                var grownLinks = new int[size][];
                Array.Fill(grownVisible, long.MaxValue);
                Array.Fill(grownLinks, []);
                Array.Copy(visibleFrom, grownVisible, visibleFrom.Length);
                Array.Copy(links, grownLinks, links.Length);
                visibleFrom = grownVisible;
                links = grownLinks;
            }
            foreach (var id in changed)
            {
                visibleFrom[id] = long.MaxValue;
                links[id] = linked.TryGetValue(id, out var entities) ? entities.ToArray() : [];
            }
            foreach (var (id, visible) in documents)
            {
                visibleFrom[id] = visible;
            }
            maxId = top;
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    private async Task PruneAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = Command(connection, null, "DELETE FROM SearchChanges WHERE Seq <= $from", appliedSeq, 0);
            await command.ExecuteNonQueryAsync(cancellationToken);
            loggedSince = 0;
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode is 5 or 6)
        {
            // Busy or locked: a writer holds the database; the next search prunes instead.
        }
    }

    private static async Task<List<(int Id, long VisibleFrom)>> ReadDocumentsAsync(SqliteConnection connection, SqliteTransaction? transaction, string where, long from, long to, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, $"SELECT Id, Status, PublishedAt FROM SearchDocuments {where}", from, to);
        var documents = new List<(int, long)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var status = (ArticleStatus)reader.GetInt32(1);
            DateTime? published = reader.IsDBNull(2) ? null : reader.GetDateTime(2);
            documents.Add((reader.GetInt32(0), ArticleQueries.VisibleFrom(status, published)?.Ticks ?? long.MaxValue));
        }
        return documents;
    }

    private static async Task<Dictionary<int, List<int>>> ReadLinksAsync(SqliteConnection connection, SqliteTransaction? transaction, string and, long from, long to, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, $"SELECT ArticleId, EntityId FROM ArticleEntities WHERE State <> {(int)LinkState.Rejected} {and}", from, to);
        var linked = new Dictionary<int, List<int>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var article = reader.GetInt32(0);
            var list = linked.TryGetValue(article, out var found) ? found : linked[article] = [];
            list.Add(reader.GetInt32(1));
        }
        return linked;
    }

    private static async Task<List<int>> ReadIdsAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, long from, long to, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql, from, to);
        var ids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt32(0));
        }
        return ids;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql, 0, 0);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, long from, long to)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        if (sql.Contains("$from", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("$from", from);
        }
        if (sql.Contains("$to", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("$to", to);
        }
        return command;
    }
}

/// <summary>What a story must satisfy besides the words: visible now, within the dates, linked to every entity.</summary>
public sealed record StoryFilter(DateTime Now, DateTime? From, DateTime? To, IReadOnlyList<int> Entities)
{
    /// <summary>Stories to leave out (the matches of excluded words when a query has no other words).</summary>
    public HashSet<int>? Excluded { get; init; }
}

/// <summary>A list of story ids in an array borrowed from the shared pool; Dispose gives it back.</summary>
public sealed class IdBuffer(int capacity) : IDisposable
{
    private int[] items = ArrayPool<int>.Shared.Rent(Math.Max(capacity, 16));

    public int Count { get; private set; }

    public int Last => items[Count - 1];

    public ArraySegment<int> Segment => new(items, 0, Count);

    public static IdBuffer From(IEnumerable<int> ids)
    {
        var buffer = new IdBuffer(16);
        foreach (var id in ids)
        {
            buffer.Add(id);
        }
        return buffer;
    }

    public void Add(int id)
    {
        if (Count == items.Length)
        {
            var grown = ArrayPool<int>.Shared.Rent(items.Length * 2);
            Array.Copy(items, grown, Count);
            ArrayPool<int>.Shared.Return(items);
            items = grown;
        }
        items[Count++] = id;
    }

    public void Sort() => Array.Sort(items, 0, Count);

    public void Clear() => Count = 0;

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(items);
        items = [];
        Count = 0;
    }
}
