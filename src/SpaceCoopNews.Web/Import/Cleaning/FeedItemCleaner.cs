using System.Text;
using SpaceCoopNews.Web.Import.Parsing;
using SpaceCoopNews.Web.Markdown;

namespace SpaceCoopNews.Web.Import.Cleaning;

/// <summary>An item that passed cleaning: trusted text, an http(s) link, a UTC date, Markdown and its rendered HTML.</summary>
public sealed record CleanItem(
    int Position, string Title, Uri Link, DateTime PublishedAtUtc, string Summary,
    string BodyMarkdown, string BodyHtml, string BodyText, string? Author);

/// <summary>Validates and cleans one raw item, or says in one sentence why it is rejected.</summary>
public sealed class FeedItemCleaner(MarkdownRenderer markdown)
{
    public const int MaxTitleLength = 300;
    public const int MaxSummaryLength = 500;
    public const int MaxLinkLength = 2000;

    /// <summary>Past this many characters an item's HTML is refused rather than parsed.</summary>
    public const int MaxContentLength = 1024 * 1024;

    /// <summary>
    /// Wrappers that feeds use for formatting. The sanitizer drops a disallowed element with its
    /// text, so these are let through to the Markdown conversion (which keeps their text only);
    /// scripts, frames, forms and the like still go, content and all.
    /// </summary>
    private static readonly string[] TextWrappers =
    [
        "b", "i", "u", "s", "strike", "span", "div", "section", "article", "header", "footer", "main", "aside",
        "small", "big", "abbr", "cite", "q", "time", "font", "center", "caption", "tfoot", "dfn", "kbd", "samp", "var", "bdi", "bdo",
    ];

    private readonly Ganss.Xss.HtmlSanitizer _sanitizer = CreateSanitizer();

    private static Ganss.Xss.HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = MarkdownRenderer.CreateSanitizer();
        foreach (var tag in TextWrappers)
        {
            sanitizer.AllowedTags.Add(tag);
        }
        return sanitizer;
    }

    /// <param name="fallbackDateUtc">Used when an item carries no date at all (RSS makes pubDate optional).</param>
    public CleanItem? Clean(RawItem item, DateTime fallbackDateUtc, out string? rejection)
    {
        rejection = null;
        if ((item.Content?.Length ?? 0) > MaxContentLength || (item.Summary?.Length ?? 0) > MaxContentLength)
        {
            rejection = $"its content is longer than {MaxContentLength:N0} characters";
            return null;
        }
        if (HtmlNesting.TooDeep(item.Content) || HtmlNesting.TooDeep(item.Summary) || HtmlNesting.TooDeep(item.Title))
        {
            rejection = $"its HTML nests deeper than {HtmlNesting.MaxDepth} levels";
            return null;
        }
        var title = FeedText.Truncate(FeedText.ToPlainText(Head(item.Title)), MaxTitleLength);
        if (title.Length == 0)
        {
            rejection = "it has no title";
            return null;
        }
        var link = FeedLinks.ResolveHttp(item.LinkBase, item.Link, out var linkError);
        if (link is null || link.AbsoluteUri.Length > MaxLinkLength)
        {
            rejection = linkError ?? "its link is longer than 2000 characters";
            return null;
        }
        DateTime published;
        if (string.IsNullOrWhiteSpace(item.Date))
        {
            published = fallbackDateUtc;
        }
        else if (FeedDates.TryParse(item.Date, out var date))
        {
            published = date.UtcDateTime;
        }
        else
        {
            rejection = $"its date '{FeedLinks.Shorten(item.Date.Trim())}' is neither RFC 822 nor RFC 3339";
            return null;
        }

        var bodyMarkdown = item.ContentIsHtml ? HtmlBodyToMarkdown(item.Content, link) : TextToMarkdown(item.Content);
        var bodyHtml = markdown.ToHtml(bodyMarkdown);
        var bodyText = MarkdownRenderer.ToPlainText(bodyMarkdown);
        var summarySource = FeedText.ToPlainText(item.Summary);
        var summary = FeedText.Truncate(summarySource.Length > 0 ? summarySource : FeedText.Collapse(bodyText), MaxSummaryLength);
        var author = FeedText.ToPlainText(Head(item.Author));
        return new CleanItem(item.Position, title, link, published, summary, bodyMarkdown, bodyHtml, bodyText,
            author.Length == 0 ? null : FeedText.Truncate(author, 200));
    }

    /// <summary>Titles and names are short; only their start is worth parsing.</summary>
    private static string? Head(string? text) => text is { Length: > 4 * MaxTitleLength } ? text[..(4 * MaxTitleLength)] : text;

    private string HtmlBodyToMarkdown(string? html, Uri link)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }
        // Relative image and link addresses in the body resolve against the story's own link.
        lock (_sanitizer)
        {
            var document = _sanitizer.SanitizeDom(html, link.AbsoluteUri);
            return HtmlToMarkdown.Convert(document.Body!);
        }
    }

    private static string TextToMarkdown(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var paragraphs = text.Replace("\r\n", "\n").Split("\n\n")
            .Select(p => HtmlToMarkdown.Escape(FeedText.Collapse(p)))
            .Where(p => p.Length > 0);
        return new StringBuilder().AppendJoin("\n\n", paragraphs).ToString();
    }
}
