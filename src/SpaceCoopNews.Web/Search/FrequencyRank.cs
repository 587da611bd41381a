using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using static SpaceCoopNews.Web.Search.SqliteNative;

namespace SpaceCoopNews.Web.Search;

/// <summary>
/// An FTS5 ranking function that orders the matches of a one-term search exactly as bm25 does,
/// without bm25's first pass. bm25 weighs each term by how rare it is, and to learn that it counts
/// every story holding the term before it scores the first one: a whole extra pass over the
/// matches, the costliest step of a phrase search. With one term that weight is the same for
/// every story, so it cannot change the order; <c>frequency_rank</c> is bm25 with it left out
/// (same k1, b, column weights and document lengths). Given each term's count after the column
/// weights (<see cref="TermCounts"/>), it weighs the terms as bm25 does and gives bm25's score.
/// FTS5 ranking functions have no .NET binding, so it is registered through SQLite's C interface,
/// once per connection.
/// </summary>
internal static unsafe class FrequencyRank
{
    public const string Name = "frequency_rank";

    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>
    /// Makes the function available on this connection (registers it the first time). False when
    /// SQLite is not the bundled e_sqlite3, and bm25 must do.
    /// </summary>
    public static bool TryRegister(SqliteConnection connection) =>
        RegisterOnce(connection, Name, database => CreateFts5Function(database, "frequency_rank\0"u8, &Rank));


    /// <summary>Called by FTS5 for each row; mirrors fts5Bm25Function in SQLite's fts5_aux.c, with the IDF only when given the counts.</summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Rank(ExtensionApi* api, IntPtr fts, IntPtr context, int argumentCount, IntPtr* arguments)
    {
        // An exception must not cross back into SQLite: it would end the process.
        try
        {
            sqlite3_result_double(context, Score(api, fts, argumentCount, arguments, out var result));
            if (result != Ok)
            {
                sqlite3_result_error_code(context, result);
            }
        }
        catch (Exception)
        {
            sqlite3_result_error_code(context, Error);
        }
    }

    /// <summary>bm25's weight of a phrase found in <paramref name="hits"/> of <paramref name="rows"/> rows, never below 1e-6.</summary>
    private static double InverseDocumentFrequency(long rows, long hits)
    {
        var idf = Math.Log((rows - hits + 0.5) / (hits + 0.5));
        return idf <= 0.0 ? 1e-6 : idf;
    }

    private static double Score(ExtensionApi* api, IntPtr fts, int argumentCount, IntPtr* arguments, out int result)
    {
        long rows = 0;
        long tokens = 0;
        var rowTokens = 0;
        var instances = 0;
        result = api->RowCount(fts, &rows);
        result = result == Ok ? api->ColumnTotalSize(fts, -1, &tokens) : result;
        result = result == Ok ? api->ColumnSize(fts, -1, &rowTokens) : result;
        result = result == Ok ? api->InstCount(fts, &instances) : result;
        if (result != Ok)
        {
            return 0;
        }
        var phrases = api->PhraseCount(fts);
        // Arguments: a weight per column, then optionally how many rows match each phrase.
        var columns = api->ColumnCount(fts);
        var weights = Math.Min(argumentCount, columns);
        var counted = argumentCount - columns == phrases;
        Span<double> frequencies = phrases <= 64 ? stackalloc double[phrases] : new double[phrases];
        frequencies.Clear();
        for (var i = 0; i < instances; i++)
        {
            var phrase = 0;
            var column = 0;
            var offset = 0;
            result = api->Inst(fts, i, &phrase, &column, &offset);
            if (result != Ok)
            {
                return 0;
            }
            frequencies[phrase] += column < weights ? sqlite3_value_double(arguments[column]) : 1.0;
        }
        var averageLength = rows > 0 ? (double)tokens / rows : 1.0;
        var score = 0.0;
        for (var phrase = 0; phrase < phrases; phrase++)
        {
            var frequency = frequencies[phrase];
            var weight = counted ? InverseDocumentFrequency(rows, sqlite3_value_int64(arguments[columns + phrase])) : 1.0;
            score += weight * frequency * (K1 + 1.0) / (frequency + K1 * (1 - B + B * rowTokens / averageLength));
        }
        return -score;
    }
}
