using System.Text.RegularExpressions;

namespace SpaceCoopNews.Tagging.Disambiguation;

/// <summary>Calendar dates written in a story ("September 21", "21 September", "Sept. 21") as "MM-DD".</summary>
internal static partial class StoryDates
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static HashSet<string> Find(Story story)
    {
        var dates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in story.Fields)
        {
            var keys = new string(text.Keys, 0, text.Length);
            foreach (Match match in DatePattern().Matches(keys))
            {
                var month = Array.IndexOf(Months, (match.Groups["m1"].Success ? match.Groups["m1"] : match.Groups["m2"]).Value[..3]) + 1;
                var day = int.Parse(match.Groups["d1"].Success ? match.Groups["d1"].Value : match.Groups["d2"].Value);
                if (month > 0 && day is >= 1 and <= 31) dates.Add($"{month:00}-{day:00}");
            }
        }
        return dates;
    }

    [GeneratedRegex(@"\b(?:(?<m1>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?<d1>\d{1,2})(?:st|nd|rd|th)?\b|(?<d2>\d{1,2})(?:st|nd|rd|th)? (?:of )?(?<m2>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
