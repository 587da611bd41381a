using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using SpaceCoopNews.Web.Feeds;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Articles;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Seo;

namespace SpaceCoopNews.Web.Pages.Articles;

/// <summary>One published story with its entities grouped by kind.</summary>
[OutputCache(PolicyName = FeedCache.Policy)]
public sealed class DetailsModel(NewsDbContext db, TimeProvider clock) : SitePageModel
{
    public Article Story { get; private set; } = null!;
    public IReadOnlyList<IGrouping<EntityKind, EntityChip>> EntityGroups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var story = await db.Articles.AsNoTracking().VisibleAt(now).FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (story is null)
        {
            // A published story whose slug was changed: its old address moves permanently.
            var moved = await db.ArticleSlugRedirects.AsNoTracking()
                .Where(r => r.OldSlug == slug)
                .Select(r => r.Article)
                .VisibleAt(now)
                .Select(a => a.Slug)
                .FirstOrDefaultAsync(cancellationToken);
            return moved is null ? NotFound() : RedirectPermanent($"/articles/{moved}");
        }
        Story = story;
        var chips = await EntityChip.ForArticlesAsync(db, [story.Id], cancellationToken);
        var entities = chips[story.Id].ToList();
        EntityGroups = entities.GroupBy(c => c.Kind).OrderBy(g => g.Key).ToList();
        Meta.Title = story.Title;
        Meta.Description = string.IsNullOrEmpty(story.Summary) ? story.Title : story.Summary;
        Meta.CanonicalPath = $"/articles/{story.Slug}";
        Meta.OpenGraphType = "article";
        Meta.PublishedTime = story.PublishedAt;
        Meta.ModifiedTime = story.UpdatedAt > story.PublishedAt ? story.UpdatedAt : story.PublishedAt;
        Meta.Tags.AddRange(entities.Select(e => e.Name));
        Meta.StructuredData = NewsArticleJsonLd.For(story, entities, Request.Origin());
        return Page();
    }

    public static string GroupHeading(EntityKind kind) => kind switch
    {
        EntityKind.Agency => "Agencies",
        EntityKind.Mission => "Missions",
        _ => "People",
    };
}
