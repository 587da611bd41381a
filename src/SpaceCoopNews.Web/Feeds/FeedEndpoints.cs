using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Articles;
using SpaceCoopNews.Web.CatalogueEditing;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Seo;

namespace SpaceCoopNews.Web.Feeds;

/// <summary>The site feeds (RSS and Atom) and one RSS feed per agency, mission and person.</summary>
public static class FeedEndpoints
{
    private static readonly TimeSpan ClientMaxAge = TimeSpan.FromMinutes(5);

    // Feed readers and link checkers ask with HEAD to see whether a feed changed; the server sends
    // the same headers (ETag, Last-Modified) without the body.
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("").WithTags("Feeds").CacheOutput(FeedCache.Policy);
        feeds.MapMethods(EntityFeeds.SiteRssPath, GetOrHead, (HttpContext context, NewsDbContext db, TimeProvider clock, CancellationToken ct) =>
                SiteFeedAsync(context, db, clock, FeedFormat.Rss, ct))
            .WithName("SiteRssFeed")
            .WithSummary("RSS 2.0 feed of the 50 newest published stories")
            .Produces<string>(StatusCodes.Status200OK, "application/rss+xml")
            .Produces(StatusCodes.Status304NotModified);
        feeds.MapMethods(EntityFeeds.SiteAtomPath, GetOrHead, (HttpContext context, NewsDbContext db, TimeProvider clock, CancellationToken ct) =>
                SiteFeedAsync(context, db, clock, FeedFormat.Atom, ct))
            .WithName("SiteAtomFeed")
            .WithSummary("Atom 1.0 feed of the 50 newest published stories")
            .Produces<string>(StatusCodes.Status200OK, "application/atom+xml")
            .Produces(StatusCodes.Status304NotModified);
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            feeds.MapMethods(EntityFeeds.PathFor(kind, "{slug}"), GetOrHead, (string slug, HttpContext context, NewsDbContext db, TimeProvider clock, CancellationToken ct) =>
                    EntityFeedAsync(context, db, clock, kind, slug, ct))
                .WithName($"{kind}Feed")
                .WithSummary($"RSS 2.0 feed of the 50 newest published stories linked to one {kind.ToString().ToLowerInvariant()}")
                .Produces<string>(StatusCodes.Status200OK, "application/rss+xml")
                .Produces(StatusCodes.Status304NotModified)
                .Produces(StatusCodes.Status301MovedPermanently)
                .Produces(StatusCodes.Status404NotFound);
        }
        return app;
    }

    private static async Task<IResult> SiteFeedAsync(HttpContext context, NewsDbContext db, TimeProvider clock, FeedFormat format, CancellationToken ct)
    {
        var origin = context.Request.Origin();
        var stories = await FeedStory.LoadNewestAsync(db, db.Articles.VisibleAt(clock.GetUtcNow().UtcDateTime), ct);
        var self = format == FeedFormat.Rss ? EntityFeeds.SiteRssPath : EntityFeeds.SiteAtomPath;
        var channel = new FeedChannel("SpaceCoopNews", "Space news linked to the agencies, missions and people it mentions.", origin + "/", origin + self);
        return Respond(context, channel, stories, origin, format);
    }

    private static async Task<IResult> EntityFeedAsync(HttpContext context, NewsDbContext db, TimeProvider clock, EntityKind kind, string slug, CancellationToken ct)
    {
        if (!Slug.IsValid(slug))
        {
            return Results.NotFound();
        }
        var entity = await db.Entities.AsNoTracking()
            .Where(e => e.Slug == slug && e.Kind == kind)
            .Select(e => new { e.Id, e.Name, e.Description })
            .FirstOrDefaultAsync(ct);
        if (entity is null)
        {
            return await SlugRedirects.FindAsync(db, slug, ct) is { } moved
                ? Results.Redirect(EntityFeeds.PathFor(moved.Kind, moved.Slug), permanent: true)
                : Results.NotFound();
        }
        var visible = db.Articles.VisibleAt(clock.GetUtcNow().UtcDateTime)
            .Where(a => a.Entities.Any(l => l.EntityId == entity.Id && l.State != LinkState.Rejected));
        var stories = await FeedStory.LoadNewestAsync(db, visible, ct);
        var origin = context.Request.Origin();
        var description = string.IsNullOrWhiteSpace(entity.Description) ? $"Space news about {entity.Name}." : entity.Description;
        var channel = new FeedChannel($"{entity.Name} · SpaceCoopNews", description,
            origin + EntityChip.PathFor(kind, slug), origin + EntityFeeds.PathFor(kind, slug));
        return Respond(context, channel, stories, origin, FeedFormat.Rss);
    }

    private static IResult Respond(HttpContext context, FeedChannel channel, IReadOnlyList<FeedStory> stories, string origin, FeedFormat format)
    {
        var body = FeedWriter.Write(channel, stories, origin, format);
        DateTimeOffset? lastModified = stories.Count == 0 ? null : stories.Max(s => s.Modified);
        return ConditionalGet.Respond(context, body, FeedWriter.ContentTypeOf(format), lastModified, ClientMaxAge);
    }
}
