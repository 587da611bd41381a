using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Articles;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Feeds;

namespace SpaceCoopNews.Web.Seo;

/// <summary>
/// /sitemap.xml (published stories and the entity pages that have any) and /robots.txt. Past the
/// protocol's 50,000 URLs a file, /sitemap.xml becomes an index of /sitemaps/stories-{n}.xml and
/// /sitemaps/entities.xml.
/// </summary>
public static class SitemapEndpoints
{
    public const int MaxUrlsPerFile = 50_000;
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XmlContentType = "application/xml; charset=utf-8";
    private static readonly TimeSpan ClientMaxAge = TimeSpan.FromHours(1);

    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder app)
    {
        var site = app.MapGroup("").ExcludeFromDescription();
        site.MapGet("/robots.txt", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Text(RobotsTxt(context.Request.Origin()), "text/plain; charset=utf-8");
        });
        site.MapGet("/sitemap.xml", SitemapAsync).CacheOutput(FeedCache.SitemapPolicy);
        site.MapGet("/sitemaps/stories-{page:int}.xml", StoriesPageAsync).CacheOutput(FeedCache.SitemapPolicy);
        site.MapGet("/sitemaps/entities.xml", EntitiesPageAsync).CacheOutput(FeedCache.SitemapPolicy);
        return app;
    }

    public static string RobotsTxt(string origin) => $"""
        User-agent: *
        Allow: /
        Disallow: /editor
        Disallow: /admin
        Disallow: /account

        Sitemap: {origin}/sitemap.xml

        """;

    private sealed record SitemapUrl(string Path, DateTime LastModified);

    private static async Task<IResult> SitemapAsync(HttpContext context, NewsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var visible = db.Articles.VisibleAt(clock.GetUtcNow().UtcDateTime);
        var storyCount = await visible.CountAsync(ct);
        var origin = context.Request.Origin();
        // Counting all entities is cheap; finding those with a visible story is not, so only do it for a single file.
        if (storyCount + await db.Entities.CountAsync(ct) + 1 <= MaxUrlsPerFile)
        {
            var entities = await EntityUrlsAsync(db, visible, ct);
            var urls = new List<SitemapUrl>(storyCount + entities.Count + 1);
            var stories = await StoryUrlsAsync(visible, 1, ct);
            urls.Add(new SitemapUrl("/", stories.Count > 0 ? stories.Max(s => s.LastModified) : DateTime.UnixEpoch));
            urls.AddRange(stories);
            urls.AddRange(entities);
            return Respond(context, WriteUrlSet(origin, urls), urls);
        }
        var files = Enumerable.Range(1, (storyCount + MaxUrlsPerFile - 1) / MaxUrlsPerFile)
            .Select(n => $"/sitemaps/stories-{n}.xml")
            .Append("/sitemaps/entities.xml")
            .ToList();
        return Respond(context, WriteIndex(origin, files), []);
    }

    private static async Task<IResult> StoriesPageAsync(int page, HttpContext context, NewsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (page < 1)
        {
            return Results.NotFound();
        }
        var urls = await StoryUrlsAsync(db.Articles.VisibleAt(clock.GetUtcNow().UtcDateTime), page, ct);
        return urls.Count == 0 ? Results.NotFound() : Respond(context, WriteUrlSet(context.Request.Origin(), urls), urls);
    }

    private static async Task<IResult> EntitiesPageAsync(HttpContext context, NewsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var urls = await EntityUrlsAsync(db, db.Articles.VisibleAt(clock.GetUtcNow().UtcDateTime), ct);
        return Respond(context, WriteUrlSet(context.Request.Origin(), urls), urls);
    }

    private static async Task<List<SitemapUrl>> StoryUrlsAsync(IQueryable<Article> visible, int page, CancellationToken ct)
    {
        var rows = await visible.AsNoTracking().NewestFirst()
            .Skip((page - 1) * MaxUrlsPerFile).Take(MaxUrlsPerFile)
            .Select(a => new { a.Slug, a.PublishedAt, a.UpdatedAt })
            .ToListAsync(ct);
        return rows.Select(r => new SitemapUrl($"/articles/{r.Slug}", r.UpdatedAt > r.PublishedAt!.Value ? r.UpdatedAt : r.PublishedAt.Value)).ToList();
    }

    /// <summary>Entity pages with at least one visible story, dated by their newest one.</summary>
    private static async Task<List<SitemapUrl>> EntityUrlsAsync(NewsDbContext db, IQueryable<Article> visible, CancellationToken ct)
    {
        var rows = await db.ArticleEntities.AsNoTracking()
            .Where(l => l.State != LinkState.Rejected)
            .Join(visible, l => l.ArticleId, a => a.Id, (l, a) => new { l.EntityId, a.PublishedAt })
            .GroupBy(x => x.EntityId)
            .Select(g => new { EntityId = g.Key, Newest = g.Max(x => x.PublishedAt) })
            .Join(db.Entities, x => x.EntityId, e => e.Id, (x, e) => new { e.Kind, e.Slug, x.Newest })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Kind).ThenBy(r => r.Slug, StringComparer.Ordinal)
            .Select(r => new SitemapUrl(EntityChip.PathFor(r.Kind, r.Slug), r.Newest!.Value))
            .ToList();
    }

    private static IResult Respond(HttpContext context, byte[] body, IReadOnlyList<SitemapUrl> urls)
    {
        DateTimeOffset? lastModified = urls.Count == 0 ? null : FeedStory.AsUtc(urls.Max(u => u.LastModified));
        return ConditionalGet.Respond(context, body, XmlContentType, lastModified, ClientMaxAge);
    }

    private static byte[] WriteUrlSet(string origin, IEnumerable<SitemapUrl> urls) => WriteXml(writer =>
    {
        writer.WriteStartElement("urlset", Namespace);
        foreach (var url in urls)
        {
            writer.WriteStartElement("url", Namespace);
            writer.WriteElementString("loc", Namespace, origin + url.Path);
            writer.WriteElementString("lastmod", Namespace, SiteUrls.Rfc3339(url.LastModified));
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    });

    private static byte[] WriteIndex(string origin, IEnumerable<string> files) => WriteXml(writer =>
    {
        writer.WriteStartElement("sitemapindex", Namespace);
        foreach (var file in files)
        {
            writer.WriteStartElement("sitemap", Namespace);
            writer.WriteElementString("loc", Namespace, origin + file);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    });

    private static byte[] WriteXml(Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }
        return buffer.ToArray();
    }
}
