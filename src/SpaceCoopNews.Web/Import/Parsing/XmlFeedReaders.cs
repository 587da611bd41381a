using System.Xml.Linq;

namespace SpaceCoopNews.Web.Import.Parsing;

/// <summary>RSS 2.0: channel/item with title, link (or a permalink guid), pubDate, description, content:encoded.</summary>
internal static class RssReader
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public static RawFeed Read(XElement rss, Uri? documentUri)
    {
        var channel = rss.Element("channel") ?? throw new FeedRejectedException("The RSS document has no <channel>.");
        // A file has no address of its own; the channel's link is the next best base for relative links.
        var fallbackBase = documentUri ?? FeedLinks.ResolveHttp(null, channel.Element("link")?.Value, out _);
        var items = channel.Elements("item").Select((item, index) =>
        {
            var content = item.Element(Content + "encoded")?.Value;
            return new RawItem
            {
                Position = index + 1,
                Title = item.Element("title")?.Value,
                Link = NonEmpty(item.Element("link")?.Value) ?? PermalinkGuid(item),
                LinkBase = FeedLinks.BaseOf(item, fallbackBase),
                Date = item.Element("pubDate")?.Value ?? item.Element(Dc + "date")?.Value,
                Summary = item.Element("description")?.Value,
                Content = NonEmpty(content) ?? item.Element("description")?.Value,
                Author = NonEmpty(item.Element(Dc + "creator")?.Value) ?? item.Element("author")?.Value,
            };
        }).ToList();
        return new RawFeed("RSS 2.0", channel.Element("title")?.Value, items);
    }

    private static string? PermalinkGuid(XElement item) =>
        item.Element("guid") is { } guid && guid.Attribute("isPermaLink")?.Value != "false" ? NonEmpty(guid.Value) : null;

    internal static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>Atom 1.0: entries with text constructs (text, html, xhtml), alternate links and xml:base.</summary>
internal static class AtomReader
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static RawFeed Read(XElement feed, Uri? documentUri)
    {
        var fallbackBase = documentUri ?? (AlternateLink(feed) is { } feedLink
            ? FeedLinks.ResolveHttp(FeedLinks.BaseOf(feedLink, null), feedLink.Attribute("href")?.Value, out _)
            : null);
        var feedAuthor = feed.Element(Atom + "author")?.Element(Atom + "name")?.Value;
        var items = feed.Elements(Atom + "entry").Select((entry, index) =>
        {
            var link = AlternateLink(entry);
            var (summary, summaryIsHtml) = TextConstruct(entry.Element(Atom + "summary"));
            var (content, contentIsHtml) = TextConstruct(entry.Element(Atom + "content"));
            return new RawItem
            {
                Position = index + 1,
                Title = TextConstruct(entry.Element(Atom + "title")).Text,
                Link = link?.Attribute("href")?.Value,
                LinkBase = FeedLinks.BaseOf(link ?? entry, fallbackBase),
                Date = RssReader.NonEmpty(entry.Element(Atom + "published")?.Value) ?? entry.Element(Atom + "updated")?.Value,
                Summary = summary,
                Content = content ?? summary,
                ContentIsHtml = content is null ? summaryIsHtml : contentIsHtml,
                Author = entry.Element(Atom + "author")?.Element(Atom + "name")?.Value ?? feedAuthor,
            };
        }).ToList();
        return new RawFeed("Atom 1.0", TextConstruct(feed.Element(Atom + "title")).Text, items);
    }

    private static XElement? AlternateLink(XElement parent) =>
        parent.Elements(Atom + "link").FirstOrDefault(l => (l.Attribute("rel")?.Value ?? "alternate") == "alternate");

    private static (string? Text, bool IsHtml) TextConstruct(XElement? element)
    {
        if (element is null || element.Attribute("src") is not null)
        {
            return (null, false);
        }
        return element.Attribute("type")?.Value switch
        {
            "html" or "text/html" => (element.Value, true),
            "xhtml" => (string.Concat((element.Element(XName.Get("div", "http://www.w3.org/1999/xhtml")) ?? element).Nodes()), true),
            _ => (element.Value, false),
        };
    }
}
