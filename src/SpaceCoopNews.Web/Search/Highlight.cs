using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace SpaceCoopNews.Web.Search;

/// <summary>
/// Turns engine output with start/end markers into HTML: the text is escaped, then the markers
/// become &lt;mark&gt;, so nothing a story or a reader wrote is ever emitted as markup.
/// </summary>
public static partial class Highlight
{
    public const char Start = '\u0002';

    // Escapes markup characters only; letters of every script stay readable in the source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    public const char End = '\u0003';

    public static string ToHtml(string marked)
    {
        var html = new StringBuilder(marked.Length + 32);
        var open = false;
        var segment = new StringBuilder();
        foreach (var c in marked)
        {
            if (c is Start or End)
            {
                html.Append(Encoder.Encode(segment.ToString()));
                segment.Clear();
                if (c == Start && !open)
                {
                    html.Append("<mark>");
                    open = true;
                }
                else if (c == End && open)
                {
                    html.Append("</mark>");
                    open = false;
                }
                continue;
            }
            segment.Append(c);
        }
        html.Append(Encoder.Encode(segment.ToString()));
        if (open)
        {
            html.Append("</mark>");
        }
        return html.ToString();
    }

    public static bool HasMatch(string marked) => marked.Contains(Start);

    /// <summary>Drops Markdown punctuation from a passage of a story body: link targets, emphasis, headings.</summary>
    public static string StripMarkdown(string text)
    {
        var withoutLinks = LinkTarget().Replace(text, "]");
        return MarkdownPunctuation().Replace(withoutLinks, "");
    }

    [GeneratedRegex(@"\]\([^)\s]*\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"[\[\]*_`#>]+|^\s*[-+]\s", RegexOptions.Multiline)]
    private static partial Regex MarkdownPunctuation();
}
