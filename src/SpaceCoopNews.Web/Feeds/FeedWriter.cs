using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using SpaceCoopNews.Web.Articles;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Feeds;

public enum FeedFormat
{
    Rss,
    Atom,
}

/// <summary>What a feed is about: its title, the page it mirrors and its own address (all absolute).</summary>
public sealed record FeedChannel(string Title, string Description, string PageUrl, string SelfUrl);

/// <summary>
/// Writes stories as RSS 2.0 or Atom 1.0 with absolute links, UTC dates and entities as categories.
/// RSS is written by hand: Rss20FeedFormatter dates items "… 08:00:00 Z" (a military zone many readers
/// reject) and puts authors in Atom elements, where readers look for dc:creator.
/// </summary>
public static class FeedWriter
{
    public const string RssContentType = "application/rss+xml; charset=utf-8";
    public const string AtomContentType = "application/atom+xml; charset=utf-8";

    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCoreNs = "http://purl.org/dc/elements/1.1/";

    public static string ContentTypeOf(FeedFormat format) => format == FeedFormat.Rss ? RssContentType : AtomContentType;

    public static byte[] Write(FeedChannel channel, IReadOnlyList<FeedStory> stories, string origin, FeedFormat format)
    {
        // An empty feed still needs a stable date, or its ETag would change on every request.
        var updated = stories.Count == 0 ? DateTimeOffset.UnixEpoch : stories.Max(s => s.Modified);
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            if (format == FeedFormat.Rss)
            {
                WriteRss(writer, channel, stories, origin, updated);
            }
            else
            {
                new Atom10FeedFormatter(ToAtom(channel, stories, origin, updated)).WriteTo(writer);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>RFC 822 with a four-digit year and "GMT", as RSS 2.0 asks.</summary>
    public static string Rfc822(DateTimeOffset value) => value.UtcDateTime.ToString("R", CultureInfo.InvariantCulture);

    private static void WriteRss(XmlWriter writer, FeedChannel channel, IReadOnlyList<FeedStory> stories, string origin, DateTimeOffset updated)
    {
        writer.WriteStartDocument();
        writer.WriteStartElement("rss");
        writer.WriteAttributeString("version", "2.0");
        writer.WriteAttributeString("xmlns", "atom", null, AtomNs);
        writer.WriteAttributeString("xmlns", "content", null, ContentNs);
        writer.WriteAttributeString("xmlns", "dc", null, DublinCoreNs);
        writer.WriteStartElement("channel");
        writer.WriteElementString("title", channel.Title);
        writer.WriteElementString("link", channel.PageUrl);
        writer.WriteElementString("description", channel.Description);
        writer.WriteElementString("language", "en");
        writer.WriteElementString("lastBuildDate", Rfc822(updated));
        writer.WriteElementString("generator", "SpaceCoopNews");
        writer.WriteStartElement("link", AtomNs);
        writer.WriteAttributeString("href", channel.SelfUrl);
        writer.WriteAttributeString("rel", "self");
        writer.WriteAttributeString("type", "application/rss+xml");
        writer.WriteEndElement();
        foreach (var story in stories)
        {
            var url = StoryUrl(origin, story);
            writer.WriteStartElement("item");
            writer.WriteElementString("title", story.Title);
            writer.WriteElementString("link", url);
            writer.WriteStartElement("guid");
            writer.WriteAttributeString("isPermaLink", "true");
            writer.WriteString(url);
            writer.WriteEndElement();
            writer.WriteElementString("pubDate", Rfc822(story.Published));
            if (!string.IsNullOrEmpty(story.Summary))
            {
                writer.WriteElementString("description", story.Summary);
            }
            if (!string.IsNullOrEmpty(story.Author))
            {
                writer.WriteElementString("creator", DublinCoreNs, story.Author);
            }
            foreach (var entity in story.Entities)
            {
                writer.WriteStartElement("category");
                writer.WriteAttributeString("domain", origin + KindRoot(entity.Kind));
                writer.WriteString(entity.Name);
                writer.WriteEndElement();
            }
            // The body was sanitized when it was saved; feeds carry it in full.
            writer.WriteElementString("encoded", ContentNs, story.BodyHtml);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private static SyndicationFeed ToAtom(FeedChannel channel, IReadOnlyList<FeedStory> stories, string origin, DateTimeOffset updated)
    {
        var feed = new SyndicationFeed(channel.Title, channel.Description, new Uri(channel.PageUrl))
        {
            Id = channel.PageUrl,
            Language = "en",
            Generator = "SpaceCoopNews",
            LastUpdatedTime = updated,
            Items = stories.Select(s => ToAtomEntry(s, origin)).ToList(),
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(channel.SelfUrl), "application/atom+xml"));
        return feed;
    }

    private static SyndicationItem ToAtomEntry(FeedStory story, string origin)
    {
        var url = StoryUrl(origin, story);
        var item = new SyndicationItem
        {
            Id = url,
            Title = new TextSyndicationContent(story.Title),
            PublishDate = story.Published,
            LastUpdatedTime = story.Modified,
            Content = SyndicationContent.CreateHtmlContent(story.BodyHtml),
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(url), "text/html"));
        if (!string.IsNullOrEmpty(story.Summary))
        {
            item.Summary = new TextSyndicationContent(story.Summary);
        }
        // Atom requires an author; a story without one is credited to the site.
        item.Authors.Add(new SyndicationPerson { Name = string.IsNullOrEmpty(story.Author) ? "SpaceCoopNews" : story.Author });
        foreach (var entity in story.Entities)
        {
            item.Categories.Add(new SyndicationCategory(entity.Slug, origin + KindRoot(entity.Kind), entity.Name));
        }
        return item;
    }

    private static string StoryUrl(string origin, FeedStory story) => $"{origin}/articles/{story.Slug}";

    private static string KindRoot(EntityKind kind) => EntityChip.PathFor(kind, "").TrimEnd('/');
}
