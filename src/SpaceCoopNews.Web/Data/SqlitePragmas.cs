using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SpaceCoopNews.Web.Data;

/// <summary>
/// Per-connection SQLite settings. WAL lets readers run while a writer commits; the busy timeout
/// makes a second writer wait instead of failing at once. A page cache of up to 32 MB per
/// connection keeps the index pages of broad searches in memory: `q=the` reads a 20 MB word list,
/// and with 16 MB its p95 rose from 12–17 to 22–23 ms once other searches ran in between. The
/// soft heap limit (process-wide in SQLite) holds all connections' caches together to 128 MB
/// however many connections the pool opens: past it SQLite reuses pages instead of growing.
/// Provider-specific, so kept here.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; " +
                                   "PRAGMA cache_size = -32768; PRAGMA soft_heap_limit = 134217728;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    /// <summary>WAL is a property of the file, so it is set once at start-up.</summary>
    public static void EnableWriteAheadLog(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        command.ExecuteNonQuery();
    }

    /// <summary>For connections opened outside EF (search's second reader).</summary>
    public static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
