using System.Globalization;
using System.Text.RegularExpressions;

namespace SpaceCoopNews.Web.Import.Parsing;

/// <summary>
/// Tolerant, non-guessing date reading: RFC 3339 / ISO 8601 and RFC 822 (with or without seconds,
/// named North American and European zones, numeric offsets), keeping the source's offset.
/// Ambiguous numeric forms such as 04/03/2021 are not read at all rather than guessed.
/// </summary>
public static partial class FeedDates
{
    private static readonly Dictionary<string, int> ZoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
        ["AKST"] = -9, ["AKDT"] = -8, ["HST"] = -10,
        ["WET"] = 0, ["WEST"] = 1, ["BST"] = 1, ["CET"] = 1, ["CEST"] = 2, ["EET"] = 2, ["EEST"] = 3, ["MSK"] = 3,
        ["JST"] = 9, ["KST"] = 9, ["AEST"] = 10, ["AEDT"] = 11, ["NZST"] = 12, ["NZDT"] = 13,
    };

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        var trimmed = Whitespace().Replace(text ?? "", " ").Trim();
        if (trimmed.Length is 0 or > 64)
        {
            return false;
        }
        if (Iso().Match(trimmed) is { Success: true } iso)
        {
            var normalized = iso.Groups["offset"].Value is { Length: 5 } compact
                ? trimmed[..^5] + compact[..3] + ":" + compact[3..]
                : trimmed;
            return DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
        }
        return Rfc822().Match(trimmed) is { Success: true } rfc && TryRfc822(rfc, out value);
    }

    private static bool TryRfc822(Match m, out DateTimeOffset value)
    {
        value = default;
        var month = Array.IndexOf(Months, m.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
        if (month == 0 || !TryOffset(m.Groups["zone"].Value, out var offset))
        {
            return false;
        }
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["year"].Length == 2)
        {
            year += year < 50 ? 2000 : 1900;
        }
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        var hour = int.Parse(m.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(m.Groups["minute"].Value, CultureInfo.InvariantCulture);
        var second = m.Groups["second"].Success ? int.Parse(m.Groups["second"].Value, CultureInfo.InvariantCulture) : 0;
        if (year is < 1 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }
        // A leap second is read as the last second of the minute; the weekday, often wrong in real feeds, is ignored.
        value = new DateTimeOffset(year, month, day, hour, minute, Math.Min(second, 59), offset);
        return true;
    }

    private static bool TryOffset(string zone, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (zone.Length == 0)
        {
            return true;
        }
        if (zone[0] is '+' or '-')
        {
            var digits = zone.Replace(":", "");
            var hours = int.Parse(digits[1..3], CultureInfo.InvariantCulture);
            var minutes = int.Parse(digits[3..5], CultureInfo.InvariantCulture);
            if (hours > 14 || minutes > 59)
            {
                return false;
            }
            offset = new TimeSpan(hours, minutes, 0) * (zone[0] == '-' ? -1 : 1);
            return true;
        }
        if (ZoneHours.TryGetValue(zone, out var named))
        {
            offset = TimeSpan.FromHours(named);
            return true;
        }
        return false;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?\s?(?<offset>Z|[+-]\d{2}:\d{2}|[+-]\d{4})?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s*)?(?<day>\d{1,2})\s+(?<month>[A-Za-z]{3,9})\.?,?\s+(?<year>\d{4}|\d{2}),?\s+(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?(?:\s*(?<zone>[A-Za-z]{1,5}|[+-]\d{2}:?\d{2}))?$")]
    private static partial Regex Rfc822();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
