namespace SpaceCoopNews.Tagging.Matching;

/// <summary>
/// Photo and image credits ("Credit: NASA/Bill Ingalls", "Image courtesy of ESA") name who took a
/// picture, not what the story is about, so the rest of the credit line is not matched.
/// </summary>
internal static class CreditSkip
{
    private const int LongestCredit = 80;

    private static readonly string[] Markers =
    [
        "credit:", "credits:", "photo credit:", "image credit:", "photo:", "image:", "picture:",
        "photo by", "image by", "courtesy of", "©", "(c) ",
    ];

    /// <summary>The index just past a credit starting at <paramref name="i"/>, or -1.</summary>
    public static int End(string text, int i)
    {
        var c = text[i];
        if (c is not ('C' or 'c' or 'P' or 'p' or 'I' or 'i' or '©' or '(')) return -1;
        if (i > 0 && char.IsLetterOrDigit(text[i - 1])) return -1;
        var rest = text.AsSpan(i);
        var first = char.IsAsciiLetter(c) ? (char)(c | 0x20) : c;
        foreach (var marker in Markers)
        {
            if (marker[0] != first || !rest.StartsWith(marker, StringComparison.OrdinalIgnoreCase)) continue;
            var j = i + marker.Length;
            var limit = Math.Min(text.Length, j + LongestCredit);
            while (j < limit && text[j] != '\n' && text[j] != ')' && !(text[j] == '.' && (j + 1 >= text.Length || text[j + 1] == ' ')))
                j++;
            return j;
        }
        return -1;
    }
}
