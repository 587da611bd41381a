using Ganss.Xss;
using Markdig;

namespace SpaceCoopNews.Web.Markdown;

/// <summary>
/// Turns a story's Markdown into safe HTML. Raw HTML is disabled in Markdig and the output still
/// goes through a tight sanitizer, because link and image destinations can carry script URLs.
/// Called when a story is saved, never per request.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseListExtras()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string ToHtml(string markdown)
    {
        var html = Markdig.Markdown.ToHtml(markdown ?? "", Pipeline);
        lock (_sanitizer)
        {
            return _sanitizer.Sanitize(html);
        }
    }

    /// <summary>Plain text of the Markdown, for summaries and search snippets.</summary>
    public static string ToPlainText(string markdown) => Markdig.Markdown.ToPlainText(markdown ?? "", Pipeline).Trim();

    /// <summary>The tight allow-list, shared with feed import so imported HTML meets the same rules.</summary>
    internal static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                "ul", "ol", "li", "dl", "dt", "dd", "em", "strong", "del", "ins", "sub", "sup", "mark",
                "a", "img", "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "src", "alt", "title", "start", "align", "colspan", "rowspan",
            },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        };
        var sanitizer = new HtmlSanitizer(options);
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link
                && link.GetAttribute("href") is { } href
                && Uri.TryCreate(href, UriKind.Absolute, out var uri)
                && uri.Scheme is "http" or "https")
            {
                link.SetAttribute("rel", "noopener nofollow");
            }
        };
        return sanitizer;
    }
}
