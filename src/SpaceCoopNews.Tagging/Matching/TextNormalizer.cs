using System.Buffers;

namespace SpaceCoopNews.Tagging.Matching;

/// <summary>
/// Folds messy imported text in one pass so that one alias spelling matches all its variants:
/// repairs UTF-8-read-as-Windows-1252 mojibake, folds quotes, dashes and spaces, strips
/// diacritics and soft hyphens, joins words split by line-end hyphenation, and blanks out what
/// must never match (URLs, photo credits, and in Markdown link targets, autolinks and code).
/// </summary>
internal static class TextNormalizer
{
    private static readonly char[] FoldTable = BuildFoldTable();

    // The automaton's alphabet: lower case, with dashes read as spaces ("Soyuz MS-25" = "Soyuz MS 25").
    private static readonly char[] LowerTable = Enumerable.Range(0, 0x250)
        .Select(c => c == '-' ? ' ' : char.ToLowerInvariant((char)c)).ToArray();

    // ASCII characters that can begin a Markdown, URL or credit region (MarkdownSkip, UrlEnd, CreditSkip).
    private static readonly bool[] MayStartSkip = BuildMayStartSkip();

    private static bool[] BuildMayStartSkip()
    {
        var table = new bool[0x80];
        foreach (var c in "]<`~hwCcPpIi(") table[c] = true;
        return table;
    }

    public static NormalizedText Normalize(string text, bool markdown)
    {
        var output = new Writer(text);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            // Most characters of prose can start no skipped region and need no repair: fold and go.
            if (c < 0x80 && !MayStartSkip[c])
            {
                var plain = FoldTable[c];
                if (plain == '-' && IsLineEndHyphenation(text, i, out var after))
                {
                    i = after;
                    continue;
                }
                if (plain != '\0') output.Emit(plain, i, i + 1);
                i++;
                continue;
            }
            var skipTo = markdown ? MarkdownSkip.End(text, i) : -1;
            if (skipTo < 0) skipTo = UrlEnd(text, i);
            if (skipTo < 0) skipTo = CreditSkip.End(text, i);
            if (skipTo > i)
            {
                output.Emit(' ', i, skipTo);
                i = skipTo;
                continue;
            }
            if (c >= '\u00C2' && c <= '\u00F4' && Mojibake.TryRepair(text, i, out var repaired, out var consumed))
            {
                output.Emit(Fold(repaired), i, i + consumed);
                i += consumed;
                continue;
            }
            var folded = Fold(c);
            if (folded == '-' && IsLineEndHyphenation(text, i, out var resume))
            {
                i = resume;
                continue;
            }
            if (folded != '\0') output.Emit(folded, i, i + 1);
            i++;
        }
        return output.ToText();
    }

    private sealed class Writer(string original)
    {
        private readonly char[] _cased = ArrayPool<char>.Shared.Rent(original.Length + 1);
        private readonly char[] _keys = ArrayPool<char>.Shared.Rent(original.Length + 1);
        private readonly int[] _originStart = ArrayPool<int>.Shared.Rent(original.Length + 1);
        private readonly int[] _originEnd = ArrayPool<int>.Shared.Rent(original.Length + 1);
        private int _length;

        public void Emit(char c, int from, int to)
        {
            if (c == ' ')
            {
                // Runs of blanks collapse to one so "Soyuz  MS 25" and "Soyuz MS-25" share a key.
                if (_length == 0 || _keys[_length - 1] == ' ') return;
                _cased[_length] = ' ';
                _keys[_length] = ' ';
            }
            else
            {
                _cased[_length] = c;
                _keys[_length] = c < LowerTable.Length ? LowerTable[c] : char.ToLowerInvariant(c);
            }
            _originStart[_length] = from;
            _originEnd[_length] = to;
            _length++;
        }

        public NormalizedText ToText() => new(original, _cased, _keys, _originStart, _originEnd, _length);
    }

    /// <summary>The folded character, or '\0' for characters that are dropped (soft hyphen, zero-width).</summary>
    public static char Fold(char c) => c < FoldTable.Length ? FoldTable[c] : FoldWide(c);

    private static char FoldWide(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201B' or '\u2032' or '\u02BC' or '\u02B9' => '\'',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' => '-',
        '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => '\0',
        _ when char.IsWhiteSpace(c) => ' ',
        _ => c,
    };

    private static char[] BuildFoldTable()
    {
        var table = new char[0x250];
        for (var c = 0; c < table.Length; c++)
        {
            var ch = (char)c;
            table[c] = ch switch
            {
                '\u00AD' => '\0',
                '`' or '\u00B4' => '\'',
                '\u00AB' or '\u00BB' => '"',
                '\u00D8' => 'O',
                '\u00F8' => 'o',
                '\u0141' => 'L',
                '\u0142' => 'l',
                '\u0110' => 'D',
                '\u0111' => 'd',
                _ when char.IsWhiteSpace(ch) || char.IsControl(ch) => ' ',
                _ when c >= 0xC0 => StripDiacritic(ch),
                _ => ch,
            };
        }
        return table;
    }

    private static char StripDiacritic(char c)
    {
        var decomposed = c.ToString().Normalize(System.Text.NormalizationForm.FormD);
        return decomposed.Length > 1 && decomposed[0] < 0x80 && char.IsLetter(decomposed[0]) ? decomposed[0] : c;
    }

    // "Krika-\nlev": a hyphen at a line end between lower-case letters is typesetting, not spelling.
    private static bool IsLineEndHyphenation(string text, int i, out int resume)
    {
        resume = i;
        if (i == 0 || !char.IsLower(text[i - 1])) return false;
        var j = i + 1;
        while (j < text.Length && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) j++;
        if (j >= text.Length || text[j] != '\n') return false;
        j++;
        while (j < text.Length && (text[j] == ' ' || text[j] == '\t')) j++;
        if (j >= text.Length || !char.IsLower(text[j])) return false;
        resume = j;
        return true;
    }

    // Bare URLs name sites, not entities ("nasa.gov/artemis"), so they never match.
    private static int UrlEnd(string text, int i)
    {
        var c = text[i];
        if (c != 'h' && c != 'w') return -1;
        if (i > 0 && !char.IsWhiteSpace(text[i - 1]) && text[i - 1] != '(' && text[i - 1] != '<') return -1;
        var span = text.AsSpan(i);
        if (!span.StartsWith("http://") && !span.StartsWith("https://") && !span.StartsWith("www.")) return -1;
        var j = i;
        while (j < text.Length && !char.IsWhiteSpace(text[j]) && text[j] != '>' && text[j] != ')') j++;
        return j;
    }
}
