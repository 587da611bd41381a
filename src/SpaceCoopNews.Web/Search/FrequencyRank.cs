using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace SpaceCoopNews.Web.Search;

/// <summary>
/// An FTS5 ranking function that orders the matches of a one-term search exactly as bm25 does,
/// without bm25's first pass. bm25 weighs each term by how rare it is, and to learn that it counts
/// every story holding the term before it scores the first one: a whole extra pass over the
/// matches, the costliest step of a phrase search. With one term that weight is the same for
/// every story, so it cannot change the order; <c>frequency_rank</c> is bm25 with it left out
/// (same k1, b, column weights and document lengths). FTS5 ranking functions have no .NET binding,
/// so it is registered through SQLite's C interface, once per connection.
/// </summary>
internal static unsafe class FrequencyRank
{
    public const string Name = "frequency_rank";

    private const double K1 = 1.2;
    private const double B = 0.75;
    private const int SqliteOk = 0;
    private const int SqliteError = 1;
    private const int SqliteRow = 100;

    private static readonly ConditionalWeakTable<sqlite3, object> Registered = new();

    /// <summary>
    /// Makes the function available on this connection (registers it the first time). False when
    /// SQLite is not the bundled e_sqlite3 these declarations call, and bm25 must do.
    /// </summary>
    public static bool TryRegister(SqliteConnection connection)
    {
        if (raw.GetNativeLibraryName() != "e_sqlite3")
        {
            return false;
        }
        var handle = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        lock (Registered)
        {
            if (Registered.TryGetValue(handle, out _))
            {
                return true;
            }
            var api = Fts5Api(handle.DangerousGetHandle());
            if (api == null || api->Version < 2)
            {
                throw new InvalidOperationException("This SQLite build offers no FTS5 API.");
            }
            fixed (byte* name = "frequency_rank\0"u8)
            {
                var result = api->CreateFunction(api, name, IntPtr.Zero, &Rank, IntPtr.Zero);
                if (result != SqliteOk)
                {
                    throw new InvalidOperationException($"FTS5 refused the ranking function (SQLite code {result}).");
                }
            }
            Registered.Add(handle, new object());
        }
        return true;
    }

    /// <summary>The FTS5 API of a connection, which SQLite hands out through <c>SELECT fts5(?)</c>.</summary>
    private static Fts5ApiTable* Fts5Api(IntPtr database)
    {
        Fts5ApiTable* api = null;
        IntPtr statement;
        fixed (byte* sql = "SELECT fts5(?1)\0"u8)
        {
            if (sqlite3_prepare_v2(database, sql, -1, &statement, IntPtr.Zero) != SqliteOk)
            {
                return null;
            }
        }
        try
        {
            fixed (byte* type = "fts5_api_ptr\0"u8)
            {
                if (sqlite3_bind_pointer(statement, 1, &api, type, IntPtr.Zero) != SqliteOk || sqlite3_step(statement) != SqliteRow)
                {
                    return null;
                }
            }
        }
        finally
        {
            sqlite3_finalize(statement);
        }
        return api;
    }

    /// <summary>Called by FTS5 for each row; mirrors fts5Bm25Function in SQLite's fts5_aux.c, less the IDF.</summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Rank(ExtensionApi* api, IntPtr fts, IntPtr context, int argumentCount, IntPtr* arguments)
    {
        // An exception must not cross back into SQLite: it would end the process.
        try
        {
            sqlite3_result_double(context, Score(api, fts, argumentCount, arguments, out var result));
            if (result != SqliteOk)
            {
                sqlite3_result_error_code(context, result);
            }
        }
        catch (Exception)
        {
            sqlite3_result_error_code(context, SqliteError);
        }
    }

    private static double Score(ExtensionApi* api, IntPtr fts, int argumentCount, IntPtr* arguments, out int result)
    {
        long rows = 0;
        long tokens = 0;
        var rowTokens = 0;
        var instances = 0;
        result = api->RowCount(fts, &rows);
        result = result == SqliteOk ? api->ColumnTotalSize(fts, -1, &tokens) : result;
        result = result == SqliteOk ? api->ColumnSize(fts, -1, &rowTokens) : result;
        result = result == SqliteOk ? api->InstCount(fts, &instances) : result;
        if (result != SqliteOk)
        {
            return 0;
        }
        var phrases = api->PhraseCount(fts);
        Span<double> frequencies = phrases <= 64 ? stackalloc double[phrases] : new double[phrases];
        frequencies.Clear();
        for (var i = 0; i < instances; i++)
        {
            var phrase = 0;
            var column = 0;
            var offset = 0;
            result = api->Inst(fts, i, &phrase, &column, &offset);
            if (result != SqliteOk)
            {
                return 0;
            }
            frequencies[phrase] += column < argumentCount ? sqlite3_value_double(arguments[column]) : 1.0;
        }
        var averageLength = rows > 0 ? (double)tokens / rows : 1.0;
        var score = 0.0;
        foreach (var frequency in frequencies)
        {
            score += frequency * (K1 + 1.0) / (frequency + K1 * (1 - B + B * rowTokens / averageLength));
        }
        return -score;
    }

    // fts5_api and Fts5ExtensionApi from SQLite's fts5.h, as far as they are used, in their C order.
    [StructLayout(LayoutKind.Sequential)]
    private struct Fts5ApiTable
    {
        public int Version;
        public IntPtr CreateTokenizer;
        public IntPtr FindTokenizer;
        public delegate* unmanaged[Cdecl]<Fts5ApiTable*, byte*, IntPtr, delegate* unmanaged[Cdecl]<ExtensionApi*, IntPtr, IntPtr, int, IntPtr*, void>, IntPtr, int> CreateFunction;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct ExtensionApi
    {
        public int Version;
        public IntPtr UserData;
        public IntPtr ColumnCount;
        public delegate* unmanaged[Cdecl]<IntPtr, long*, int> RowCount;
        public delegate* unmanaged[Cdecl]<IntPtr, int, long*, int> ColumnTotalSize;
        public IntPtr Tokenize;
        public delegate* unmanaged[Cdecl]<IntPtr, int> PhraseCount;
        public IntPtr PhraseSize;
        public delegate* unmanaged[Cdecl]<IntPtr, int*, int> InstCount;
        public delegate* unmanaged[Cdecl]<IntPtr, int, int*, int*, int*, int> Inst;
        public IntPtr Rowid;
        public IntPtr ColumnText;
        public delegate* unmanaged[Cdecl]<IntPtr, int, int*, int> ColumnSize;
    }

    // The SQLite library Microsoft.Data.Sqlite already loaded (SQLitePCLRaw's e_sqlite3).
    [DllImport("e_sqlite3")]
    private static extern int sqlite3_prepare_v2(IntPtr database, byte* sql, int length, IntPtr* statement, IntPtr tail);

    [DllImport("e_sqlite3")]
    private static extern int sqlite3_bind_pointer(IntPtr statement, int index, void* pointer, byte* type, IntPtr destructor);

    [DllImport("e_sqlite3")]
    private static extern int sqlite3_step(IntPtr statement);

    [DllImport("e_sqlite3")]
    private static extern int sqlite3_finalize(IntPtr statement);

    [DllImport("e_sqlite3")]
    private static extern double sqlite3_value_double(IntPtr value);

    [DllImport("e_sqlite3")]
    private static extern void sqlite3_result_double(IntPtr context, double value);

    [DllImport("e_sqlite3")]
    private static extern void sqlite3_result_error_code(IntPtr context, int code);
}
