using Microsoft.Data.Sqlite;
using SpaceCoopNews.Web.Articles;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Search;

/// <summary>Keeping the facts in step: a full load, then the stories the SearchChanges log names.</summary>
public sealed partial class StoryFacts
{
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
            version++;
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
            entityBound = 0;
            foreach (var group in linked)
            {
                if (group.Key <= top)
                {
                    links[group.Key] = group.Value.ToArray();
                    entityBound = Math.Max(entityBound, group.Value.Max() + 1);
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
            version++;
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
                entityBound = Math.Max(entityBound, links[id].Length == 0 ? 0 : links[id].Max() + 1);
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
