namespace SpaceCoopNews.Tagging.Matching;

/// <summary>
/// Finds Markdown (and stray HTML) that is not prose: link targets "](...)", autolinks
/// "&lt;https://...&gt;", tags, inline code and fenced code. Names inside them are addresses or
/// code, not mentions.
/// </summary>
internal static class MarkdownSkip
{
    /// <summary>The index just past a non-prose region starting at <paramref name="i"/>, or -1.</summary>
    public static int End(string text, int i) => text[i] switch
    {
        ']' when i + 1 < text.Length && text[i + 1] == '(' => LinkTargetEnd(text, i + 1),
        '<' => TagEnd(text, i),
        '`' or '~' when IsLineStart(text, i) && IsFence(text, i) => FenceEnd(text, i),
        '`' => InlineCodeEnd(text, i),
        _ => -1,
    };

    private static int LinkTargetEnd(string text, int open)
    {
        var depth = 0;
        for (var j = open; j < text.Length; j++)
        {
            if (text[j] == '(') depth++;
            else if (text[j] == ')' && --depth == 0) return j + 1;
            else if (text[j] == '\n' && j + 1 < text.Length && text[j + 1] == '\n') return -1;
        }
        return -1;
    }

    private static int TagEnd(string text, int i)
    {
        if (i + 1 >= text.Length) return -1;
        var next = text[i + 1];
        if (!char.IsAsciiLetter(next) && next != '/' && next != '!') return -1;
        var close = text.IndexOf('>', i + 1);
        var newline = text.IndexOf('\n', i + 1);
        return close > 0 && (newline < 0 || close < newline) ? close + 1 : -1;
    }

    private static bool IsLineStart(string text, int i)
    {
        var j = i - 1;
        while (j >= 0 && text[j] == ' ' && i - j <= 3) j--;
        return j < 0 || text[j] == '\n';
    }

    private static bool IsFence(string text, int i) =>
        i + 2 < text.Length && text[i + 1] == text[i] && text[i + 2] == text[i];

    private static int FenceEnd(string text, int i)
    {
        var lineEnd = text.IndexOf('\n', i);
        if (lineEnd < 0) return text.Length;
        var closing = text.IndexOf("\n" + new string(text[i], 3), lineEnd, StringComparison.Ordinal);
        if (closing < 0) return text.Length;
        var afterClosing = text.IndexOf('\n', closing + 1);
        return afterClosing < 0 ? text.Length : afterClosing;
    }

    private static int InlineCodeEnd(string text, int i)
    {
        var run = 0;
        while (i + run < text.Length && text[i + run] == '`') run++;
        var j = i + run;
        while (j < text.Length)
        {
            if (text[j] == '\n' && j + 1 < text.Length && text[j + 1] == '\n') return -1;
            if (text[j] == '`')
            {
                var closing = 0;
                while (j + closing < text.Length && text[j + closing] == '`') closing++;
                if (closing == run) return j + closing;
                j += closing;
                continue;
            }
            j++;
        }
        return -1;
    }
}
