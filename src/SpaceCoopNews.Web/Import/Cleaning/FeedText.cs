using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace SpaceCoopNews.Web.Import.Cleaning;

/// <summary>Turns feed titles and summaries into plain text: tags dropped, entities decoded (double-escaped ones too), whitespace collapsed.</summary>
public static partial class FeedText
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Plain text of HTML-ish feed text. Decoding repeats (at most three times) because real feeds double-escape: &amp;amp;quot; means a quote.</summary>
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }
        string text;
        lock (Parser)
        {
            text = Parser.ParseDocument("<body>" + html).Body?.TextContent ?? "";
        }
        for (var i = 0; i < 3 && EntityLike().IsMatch(text); i++)
        {
            var decoded = WebUtility.HtmlDecode(text);
            if (decoded == text)
            {
                break;
            }
            text = decoded;
        }
        return Collapse(text);
    }

    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>Cuts at a word boundary and marks the cut with an ellipsis.</summary>
    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }
        var cut = text[..(maxLength - 1)];
        var space = cut.LastIndexOf(' ');
        return (space > maxLength / 2 ? cut[..space] : cut).TrimEnd() + "…";
    }

    [GeneratedRegex(@"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")]
    private static partial Regex EntityLike();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
