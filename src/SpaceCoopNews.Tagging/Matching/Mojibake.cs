namespace SpaceCoopNews.Tagging.Matching;

/// <summary>
/// Repairs UTF-8 that was decoded as Windows-1252 ("â€™" for ’, "Ã©" for é), the commonest
/// damage in imported feeds: the lead character and its continuation characters are turned back
/// into bytes and decoded as UTF-8 when, and only when, they form a valid sequence.
/// </summary>
internal static class Mojibake
{
    private static readonly Dictionary<char, byte> Windows1252High = new()
    {
        ['€'] = 0x80, ['‚'] = 0x82, ['ƒ'] = 0x83, ['„'] = 0x84, ['…'] = 0x85, ['†'] = 0x86, ['‡'] = 0x87,
        ['ˆ'] = 0x88, ['‰'] = 0x89, ['Š'] = 0x8A, ['‹'] = 0x8B, ['Œ'] = 0x8C, ['Ž'] = 0x8E, ['‘'] = 0x91,
        ['’'] = 0x92, ['“'] = 0x93, ['”'] = 0x94, ['•'] = 0x95, ['–'] = 0x96, ['—'] = 0x97, ['˜'] = 0x98,
        ['™'] = 0x99, ['š'] = 0x9A, ['›'] = 0x9B, ['œ'] = 0x9C, ['ž'] = 0x9E, ['Ÿ'] = 0x9F,
    };

    public static bool TryRepair(string text, int i, out char repaired, out int consumed)
    {
        repaired = '\0';
        consumed = 0;
        int lead = text[i];
        var continuation = lead switch { <= 0xDF => 1, <= 0xEF => 2, _ => 3 };
        var codePoint = lead & (continuation == 1 ? 0x1F : continuation == 2 ? 0x0F : 0x07);
        var taken = 0;
        for (var k = 1; k <= continuation; k++)
        {
            if (i + k >= text.Length || !TryByte(text[i + k], out var b) || (b & 0xC0) != 0x80)
            {
                // "â€" + a lost 0x9D byte is how ” usually arrives; treat the pair as a quote.
                if (continuation == 2 && k == 2 && lead == 0xE2 && taken == 1 && codePoint == 0x80)
                {
                    repaired = '"';
                    consumed = 2;
                    return true;
                }
                return false;
            }
            codePoint = (codePoint << 6) | (b & 0x3F);
            taken++;
        }
        if (codePoint < 0x80 || codePoint > 0xFFFF) return false;
        repaired = (char)codePoint;
        consumed = continuation + 1;
        return true;
    }

    private static bool TryByte(char c, out int value)
    {
        if (c >= 0x80 && c <= 0xFF) { value = c; return true; }
        if (Windows1252High.TryGetValue(c, out var b)) { value = b; return true; }
        value = 0;
        return false;
    }
}
