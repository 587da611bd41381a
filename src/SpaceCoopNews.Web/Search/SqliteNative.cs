using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace SpaceCoopNews.Web.Search;

/// <summary>
/// The few SQLite C functions search calls itself, to register functions Microsoft.Data.Sqlite has
/// no binding for (<see cref="FrequencyRank"/>, <see cref="IdCollector"/>). They are declared
/// against e_sqlite3, the library the Microsoft.EntityFrameworkCore.Sqlite package bundles, and
/// used only when that is the library in use.
/// </summary>
internal static unsafe class SqliteNative
{
    public const int Ok = 0;
    public const int Error = 1;
    public const int Row = 100;
    public const int Utf8 = 1;
    public const int DirectOnly = 0x00080000;

    private static readonly ConditionalWeakTable<sqlite3, HashSet<string>> Registered = new();

    /// <summary>
    /// Runs <paramref name="register"/> (given the raw database handle) once per connection and
    /// function name; false when SQLite is not the bundled e_sqlite3.
    /// </summary>
    public static bool RegisterOnce(SqliteConnection connection, string name, Func<IntPtr, int> register)
    {
        if (raw.GetNativeLibraryName() != "e_sqlite3")
        {
            return false;
        }
        var handle = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        lock (Registered)
        {
            var names = Registered.GetOrCreateValue(handle);
            if (names.Contains(name))
            {
                return true;
            }
            var result = register(handle.DangerousGetHandle());
            if (result != Ok)
            {
                throw new InvalidOperationException($"SQLite refused the function {name} (code {result}).");
            }
            names.Add(name);
            return true;
        }
    }

    [DllImport("e_sqlite3")]
    public static extern int sqlite3_prepare_v2(IntPtr database, byte* sql, int length, IntPtr* statement, IntPtr tail);

    [DllImport("e_sqlite3")]
    public static extern int sqlite3_bind_pointer(IntPtr statement, int index, void* pointer, byte* type, IntPtr destructor);

    [DllImport("e_sqlite3")]
    public static extern int sqlite3_bind_text(IntPtr statement, int index, byte* text, int length, IntPtr destructor);

    [DllImport("e_sqlite3")]
    public static extern int sqlite3_step(IntPtr statement);

    [DllImport("e_sqlite3")]
    public static extern int sqlite3_finalize(IntPtr statement);

    [DllImport("e_sqlite3")]
    public static extern int sqlite3_create_function_v2(IntPtr database, byte* name, int arguments, int flags, IntPtr userData,
        delegate* unmanaged[Cdecl]<IntPtr, int, IntPtr*, void> function,
        delegate* unmanaged[Cdecl]<IntPtr, int, IntPtr*, void> step,
        delegate* unmanaged[Cdecl]<IntPtr, void> final,
        IntPtr destroy);

    // Called once per row: trivial functions that neither block nor call back, so the runtime's
    // switch out of managed mode is skipped.
    [DllImport("e_sqlite3")]
    [SuppressGCTransition]
    public static extern long sqlite3_value_int64(IntPtr value);

    [DllImport("e_sqlite3")]
    public static extern double sqlite3_value_double(IntPtr value);

    [DllImport("e_sqlite3")]
    public static extern void sqlite3_result_double(IntPtr context, double value);

    [DllImport("e_sqlite3")]
    public static extern void sqlite3_result_null(IntPtr context);

    [DllImport("e_sqlite3")]
    public static extern void sqlite3_result_error_code(IntPtr context, int code);

    [DllImport("e_sqlite3")]
    public static extern void sqlite3_result_text(IntPtr context, byte* text, int length, IntPtr destructor);

    /// <summary>Registers an FTS5 auxiliary function (<paramref name="name"/> ends in a zero byte) on a connection.</summary>
    public static int CreateFts5Function(IntPtr database, ReadOnlySpan<byte> name,
        delegate* unmanaged[Cdecl]<ExtensionApi*, IntPtr, IntPtr, int, IntPtr*, void> function)
    {
        var api = Fts5Api(database);
        if (api == null || api->Version < 2)
        {
            return Error;
        }
        fixed (byte* text = name)
        {
            return api->CreateFunction(api, text, IntPtr.Zero, function, IntPtr.Zero);
        }
    }

    /// <summary>The FTS5 API of a connection, which SQLite hands out through <c>SELECT fts5(?)</c>.</summary>
    private static Fts5ApiTable* Fts5Api(IntPtr database)
    {
        Fts5ApiTable* api = null;
        IntPtr statement;
        fixed (byte* sql = "SELECT fts5(?1)\0"u8)
        {
            if (sqlite3_prepare_v2(database, sql, -1, &statement, IntPtr.Zero) != Ok)
            {
                return null;
            }
        }
        try
        {
            fixed (byte* type = "fts5_api_ptr\0"u8)
            {
                if (sqlite3_bind_pointer(statement, 1, &api, type, IntPtr.Zero) != Ok || sqlite3_step(statement) != Row)
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

    // fts5_api and Fts5ExtensionApi from SQLite's fts5.h, as far as they are used, in their C order.
    [StructLayout(LayoutKind.Sequential)]
    public struct Fts5ApiTable
    {
        public int Version;
        public IntPtr CreateTokenizer;
        public IntPtr FindTokenizer;
        public delegate* unmanaged[Cdecl]<Fts5ApiTable*, byte*, IntPtr, delegate* unmanaged[Cdecl]<ExtensionApi*, IntPtr, IntPtr, int, IntPtr*, void>, IntPtr, int> CreateFunction;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct ExtensionApi
    {
        public int Version;
        public IntPtr UserData;
        public delegate* unmanaged[Cdecl]<IntPtr, int> ColumnCount;
        public delegate* unmanaged[Cdecl]<IntPtr, long*, int> RowCount;
        public delegate* unmanaged[Cdecl]<IntPtr, int, long*, int> ColumnTotalSize;
        public delegate* unmanaged[Cdecl]<IntPtr, byte*, int, void*, delegate* unmanaged[Cdecl]<void*, int, byte*, int, int, int, int>, int> Tokenize;
        public delegate* unmanaged[Cdecl]<IntPtr, int> PhraseCount;
        public delegate* unmanaged[Cdecl]<IntPtr, int, int> PhraseSize;
        public delegate* unmanaged[Cdecl]<IntPtr, int*, int> InstCount;
        public delegate* unmanaged[Cdecl]<IntPtr, int, int*, int*, int*, int> Inst;
        public IntPtr Rowid;
        public delegate* unmanaged[Cdecl]<IntPtr, int, byte**, int*, int> ColumnText;
        public delegate* unmanaged[Cdecl]<IntPtr, int, int*, int> ColumnSize;
    }
}
