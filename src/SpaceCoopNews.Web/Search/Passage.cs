using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using static SpaceCoopNews.Web.Search.SqliteNative;

namespace SpaceCoopNews.Web.Search;

/// <summary>
/// An FTS5 function that returns the passage of one column shown under a search result: the
/// stretch of <c>tokens</c> words holding the most different query terms, then the most matches,
/// with the matches between <see cref="Highlight.Start"/> and <see cref="Highlight.End"/> and
/// "…" where text was cut; NULL when the column holds no match.
/// <para>
/// FTS5's own <c>snippet()</c> tokenizes the whole column and weighs every match against every
/// other, which for a common word in a 1,000-word body was most of the cost of a results page.
/// This function picks the stretch from the match positions FTS5 already holds, and tokenizes the
/// column only as far as the stretch's end. Registered once per connection, like <see cref="FrequencyRank"/>.
/// </para>
/// </summary>
internal static unsafe class Passage
{
    public const string Name = "passage";

    /// <summary>Words shown before the first match of a stretch, when the stretch has room.</summary>
    private const int LeadIn = 6;

    private const int Done = 101;
    private const int ColocatedToken = 0x0001;
    private static readonly IntPtr Transient = new(-1);

    public static bool TryRegister(SqliteConnection connection) =>
        RegisterOnce(connection, Name, database => CreateFts5Function(database, "passage\0"u8, &Call));

    /// <summary>passage(table, column, tokens).</summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Call(ExtensionApi* api, IntPtr fts, IntPtr context, int argumentCount, IntPtr* arguments)
    {
        // An exception must not cross back into SQLite: it would end the process.
        try
        {
            if (argumentCount != 2)
            {
                sqlite3_result_error_code(context, Error);
                return;
            }
            var result = Write(api, fts, context, (int)sqlite3_value_int64(arguments[0]), (int)Math.Clamp(sqlite3_value_int64(arguments[1]), 1, 256));
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

    /// <summary>One match: where it starts in the column (in tokens), how many tokens, which query term.</summary>
    private record struct Match(int Offset, int Length, int Phrase);

    private static int Write(ExtensionApi* api, IntPtr fts, IntPtr context, int column, int tokens)
    {
        int count;
        var result = api->InstCount(fts, &count);
        if (result != Ok)
        {
            return result;
        }
        var rented = ArrayPool<Match>.Shared.Rent(Math.Max(count, 1));
        try
        {
            var matches = 0;
            for (var i = 0; i < count; i++)
            {
                int phrase, matchColumn, offset;
                result = api->Inst(fts, i, &phrase, &matchColumn, &offset);
                if (result != Ok)
                {
                    return result;
                }
                if (matchColumn == column)
                {
                    rented[matches++] = new Match(offset, Math.Max(1, api->PhraseSize(fts, phrase)), phrase);
                }
            }
            if (matches == 0)
            {
                sqlite3_result_null(context);
                return Ok;
            }
            var found = rented.AsSpan(0, matches);
            found.Sort(static (a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : b.Length.CompareTo(a.Length));
            var (first, last) = BestStretch(found, api->PhraseCount(fts), tokens);
            // Up to LeadIn words before the first match, as far as the stretch has room for them.
            var start = Math.Max(0, found[first].Offset - Math.Min(LeadIn, tokens - (found[last].Offset + found[last].Length - found[first].Offset)));
            return WriteStretch(api, fts, context, column, start, tokens, found);
        }
        finally
        {
            ArrayPool<Match>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// The run of matches (first and last index) that fits in <paramref name="tokens"/> words with
    /// the most different terms, then the most matches; the earliest such run.
    /// </summary>
    private static (int First, int Last) BestStretch(ReadOnlySpan<Match> found, int phrases, int tokens)
    {
        Span<int> perPhrase = phrases <= 64 ? stackalloc int[phrases] : new int[phrases];
        perPhrase.Clear();
        var distinct = 0;
        var best = (First: 0, Last: 0, Distinct: 0, Count: 0);
        var last = -1;
        for (var first = 0; first < found.Length; first++)
        {
            // Extend the run while the next match ends inside the stretch starting at this one.
            while (last + 1 < found.Length && found[last + 1].Offset + found[last + 1].Length - found[first].Offset <= tokens)
            {
                last++;
                if (perPhrase[found[last].Phrase]++ == 0)
                {
                    distinct++;
                }
            }
            if (last < first)
            {
                // A match longer than the stretch: it is shown alone.
                last = first;
                if (perPhrase[found[last].Phrase]++ == 0)
                {
                    distinct++;
                }
            }
            var run = last - first + 1;
            if (distinct > best.Distinct || (distinct == best.Distinct && run > best.Count))
            {
                best = (first, last, distinct, run);
            }
            if (--perPhrase[found[first].Phrase] == 0)
            {
                distinct--;
            }
        }
        return (best.First, best.Last);
    }

    /// <summary>What the tokenizer callback fills in: the byte range of each token of the stretch.</summary>
    private struct Tokens
    {
        public int Next;
        public int Start;
        public int Count;
        public int* Begins;
        public int* Ends;
        public bool More;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int OnToken(void* state, int flags, byte* token, int length, int begin, int end)
    {
        var tokens = (Tokens*)state;
        if ((flags & ColocatedToken) != 0)
        {
            return Ok;
        }
        var index = tokens->Next++ - tokens->Start;
        if (index < 0)
        {
            return Ok;
        }
        if (index >= tokens->Count)
        {
            tokens->More = true;
            return Done;
        }
        tokens->Begins[index] = begin;
        tokens->Ends[index] = end;
        return Ok;
    }

    /// <param name="shown">Every match of the column, by offset; those inside the stretch are marked.</param>
    private static int WriteStretch(ExtensionApi* api, IntPtr fts, IntPtr context, int column, int start, int tokens, ReadOnlySpan<Match> shown)
    {
        byte* text;
        int textLength;
        var result = api->ColumnText(fts, column, &text, &textLength);
        if (result != Ok)
        {
            return result;
        }
        var begins = stackalloc int[tokens];
        var ends = stackalloc int[tokens];
        var state = new Tokens { Start = start, Count = tokens, Begins = begins, Ends = ends };
        result = api->Tokenize(fts, text, textLength, &state, &OnToken);
        if (result != Ok && result != Done)
        {
            return result;
        }
        var read = Math.Min(tokens, state.Next - start);
        if (read <= 0)
        {
            sqlite3_result_null(context);
            return Ok;
        }

        // Marks: open before a token a match starts at, close after the last token a match
        // (or matches overlapping it) covers.
        var ellipsis = "…"u8;
        var output = new ArrayBufferWriter<byte>(ends[read - 1] - begins[0] + 2 * ellipsis.Length + 2 * shown.Length + 64);
        // What precedes the first word and follows the last is kept where the stretch reaches the
        // column's start or end (an opening quote, a closing full stop), else replaced by "…".
        output.Write(start > 0 ? ellipsis : new ReadOnlySpan<byte>(text, begins[0]));
        var nextMatch = 0;
        var markedThrough = -1;
        for (var i = 0; i < read; i++)
        {
            var position = start + i;
            if (i > 0)
            {
                output.Write(new ReadOnlySpan<byte>(text + ends[i - 1], begins[i] - ends[i - 1]));
            }
            var opens = false;
            while (nextMatch < shown.Length && shown[nextMatch].Offset <= position)
            {
                var through = shown[nextMatch].Offset + shown[nextMatch].Length - 1;
                if (through >= position)
                {
                    opens |= markedThrough < position;
                    markedThrough = Math.Max(markedThrough, through);
                }
                nextMatch++;
            }
            if (opens)
            {
                output.Write([(byte)Highlight.Start]);
            }
            output.Write(new ReadOnlySpan<byte>(text + begins[i], ends[i] - begins[i]));
            if (markedThrough == position || (markedThrough > position && i == read - 1))
            {
                output.Write([(byte)Highlight.End]);
            }
        }
        output.Write(state.More ? ellipsis : new ReadOnlySpan<byte>(text + ends[read - 1], textLength - ends[read - 1]));
        fixed (byte* written = output.WrittenSpan)
        {
            sqlite3_result_text(context, written, output.WrittenCount, Transient);
        }
        return Ok;
    }
}
