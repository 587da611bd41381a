using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SpaceCoopNews.Web.Data;

/// <summary>
/// Per-connection SQLite settings. WAL lets readers run while a writer commits; the busy timeout
/// makes a second writer wait instead of failing at once. A 16 MB page cache keeps the index pages
/// of broad searches in memory (a third off a one-word search over 100,000 stories; memory-mapping
/// measured no better). Provider-specific, so kept here.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; " +
                                   "PRAGMA cache_size = -16384;";

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
