using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace SpaceCoopNews.Web.Data;

/// <summary>
/// A plain SQL read on the context's connection, for the few small queries every search page
/// makes, where EF's query pipeline cost about 1 ms a request each. The connection is opened
/// through EF, so its interceptors (<see cref="SqlitePragmas"/>) still apply.
/// </summary>
public static class PlainQueries
{
    public static async Task<List<T>> ReadAsync<T>(this NewsDbContext db, string sql, Func<DbDataReader, T> read,
        CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }
            var rows = new List<T>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(read(reader));
            }
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
