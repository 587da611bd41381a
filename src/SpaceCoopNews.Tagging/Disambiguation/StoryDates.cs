namespace SpaceCoopNews.Tagging.Disambiguation;

/// <summary>Calendar dates written in a story ("September 21", "Sept. 21", "21st of September") as "MM-DD".</summary>
internal static class StoryDates
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static HashSet<string> Find(Story story)
    {
        var dates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in story.Fields)
        {
            var keys = text.Keys.AsSpan(0, text.Length);
            for (var i = 0; i < keys.Length; i++)
            {
                if (text.IsWordChar(i - 1) || !char.IsAsciiDigit(keys[i])) continue;
                var day = ReadDay(keys, i, out var afterDay);
                if (day == 0) continue;
                // "21 September", "21st of September"
                var next = SkipWord(keys, afterDay, "of");
                if (MonthAt(keys, next) is var after and > 0) Add(dates, after, day);
                // "September 21", "Sept. 21": the month word ends just before the day.
                if (MonthBefore(keys, i) is var before and > 0) Add(dates, before, day);
            }
        }
        return dates;
    }

    private static void Add(HashSet<string> dates, int month, int day) => dates.Add($"{month:00}-{day:00}");

    private static int ReadDay(ReadOnlySpan<char> keys, int i, out int end)
    {
        end = i;
        var day = 0;
        while (end < keys.Length && char.IsAsciiDigit(keys[end]) && end - i < 3) day = day * 10 + keys[end++] - '0';
        if (end - i > 2 || day is < 1 or > 31) return 0;
        while (end < keys.Length && char.IsAsciiLetterLower(keys[end]) && end - i < 4) end++;
        return end < keys.Length && char.IsAsciiLetterOrDigit(keys[end]) ? 0 : day;
    }

    private static int SkipWord(ReadOnlySpan<char> keys, int i, string word)
    {
        if (i < keys.Length && keys[i] == ' ') i++;
        return keys[i..].StartsWith(word + " ") ? i + word.Length + 1 : i;
    }

    private static int MonthAt(ReadOnlySpan<char> keys, int i)
    {
        if (i + 3 > keys.Length) return 0;
        var prefix = keys.Slice(i, 3);
        for (var m = 0; m < Months.Length; m++)
            if (prefix.SequenceEqual(Months[m])) return m + 1;
        return 0;
    }

    private static int MonthBefore(ReadOnlySpan<char> keys, int dayStart)
    {
        var end = dayStart - 1;
        if (end < 1 || keys[end] != ' ') return 0;
        end--;
        if (keys[end] == '.') end--;
        var start = end;
        while (start > 0 && char.IsAsciiLetterLower(keys[start - 1])) start--;
        return end - start + 1 >= 3 ? MonthAt(keys, start) : 0;
    }
}
