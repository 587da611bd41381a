using System.Text.RegularExpressions;

namespace SpaceCoopNews.Web.Import.Cleaning;

/// <summary>
/// A linear pre-check of how deep item HTML nests, run before any HTML parser sees it: parsing
/// hundreds of thousands of nested formatting elements is quadratic, and real stories nest a few dozen.
/// </summary>
public static partial class HtmlNesting
{
    public const int MaxDepth = 256;

    /// <summary>Elements that close themselves or are closed implicitly, so they never pile up.</summary>
    private static readonly HashSet<string> NeverNest = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "p", "li", "dt", "dd", "tr", "td", "th", "option",
    };

    public static bool TooDeep(string? html)
    {
        if (html is null || html.Length < MaxDepth * 3)
        {
            return false;
        }
        var depth = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            if (NeverNest.Contains(tag.Groups["name"].Value) || tag.Groups["self"].Success)
            {
                continue;
            }
            depth = tag.Groups["close"].Success ? Math.Max(0, depth - 1) : depth + 1;
            if (depth > MaxDepth)
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9]*)[^<>]*?(?<self>/)?>")]
    private static partial Regex Tag();
}
