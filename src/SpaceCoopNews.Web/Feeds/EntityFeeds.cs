using SpaceCoopNews.Web.Articles;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Pages;

namespace SpaceCoopNews.Web.Feeds;

/// <summary>Where feeds live, and the head links that announce them on a page.</summary>
public static class EntityFeeds
{
    public const string SiteRssPath = "/feed.xml";
    public const string SiteAtomPath = "/atom.xml";

    /// <summary>The RSS feed of one agency, mission or person: <c>/agencies/{slug}/feed.xml</c>.</summary>
    public static string PathFor(EntityKind kind, string slug) => $"{EntityChip.PathFor(kind, slug)}/feed.xml";

    /// <summary>Adds the site's RSS and Atom feeds to a page's head.</summary>
    public static void AddSiteFeeds(PageMeta meta)
    {
        meta.Feeds.Add(("SpaceCoopNews (RSS)", SiteRssPath, "application/rss+xml"));
        meta.Feeds.Add(("SpaceCoopNews (Atom)", SiteAtomPath, "application/atom+xml"));
    }

    /// <summary>Adds an entity's feed to its page's head, for feed readers and browsers to discover.</summary>
    public static void AddEntityFeed(PageMeta meta, EntityKind kind, string slug, string name) =>
        meta.Feeds.Add(($"{name} · SpaceCoopNews (RSS)", PathFor(kind, slug), "application/rss+xml"));
}
