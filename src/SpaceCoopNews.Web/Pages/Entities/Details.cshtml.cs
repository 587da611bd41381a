using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Articles;
using SpaceCoopNews.Web.CatalogueEditing;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Entities;
using SpaceCoopNews.Web.Feeds;

namespace SpaceCoopNews.Web.Pages.Entities;

/// <summary>
/// An agency, mission or person: what the catalogue knows, who appears with it in the news,
/// how often it is mentioned, and its stories newest first.
/// </summary>
[OutputCache(PolicyName = FeedCache.Policy)]
public sealed class DetailsModel(NewsDbContext db, TimeProvider clock) : SitePageModel
{
    private const int CoMentionLimit = 15;

    public Entity Entity { get; private set; } = null!;
    public IReadOnlyList<EntityChip> Related { get; private set; } = [];
    public IReadOnlyList<(EntityChip Chip, int Count)> CoMentions { get; private set; } = [];
    public MentionChart Chart { get; private set; } = null!;
    public IReadOnlyList<StoryListItem> Stories { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;
    public string FeedPath => EntityFeeds.PathFor(Entity.Kind, Entity.Slug);

    public async Task<IActionResult> OnGetAsync(string section, string slug, [FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        var pageNumber = 1;
        if (page is not null && (!int.TryParse(page, out pageNumber) || pageNumber < 1 || pageNumber > StoryList.MaxPage))
        {
            return BadRequest();
        }
        var entity = await db.Entities.AsNoTracking().FirstOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (entity is null)
        {
            // A renamed or merged entry's old address moves for good to where the entry lives now.
            return await SlugRedirects.FindAsync(db, slug, cancellationToken) is { } moved
                ? RedirectPermanent(EntityChip.PathFor(moved.Kind, moved.Slug) + (page is null ? "" : $"?page={pageNumber}"))
                : NotFound();
        }
        var path = $"/{EntitySection.Of(entity.Kind)}/{entity.Slug}";
        if (EntitySection.KindOf(section) != entity.Kind)
        {
            return RedirectPermanent(path);
        }
        Entity = entity;

        var now = clock.GetUtcNow().UtcDateTime;
        var stories = db.Articles.VisibleAt(now)
            .Where(a => a.Entities.Any(l => l.EntityId == entity.Id && l.State != LinkState.Rejected));

        var (items, hasNext) = await StoryList.LoadPageAsync(db, stories.NewestFirst(), pageNumber, cancellationToken);
        if (items.Count == 0 && pageNumber > 1)
        {
            return NotFound();
        }
        Stories = items;
        Pager = new Pager(pageNumber, hasNext, p => p == 1 ? path : $"{path}?page={p}");
        Related = await db.Entities.AsNoTracking()
            .Where(e => entity.Related.Contains(e.Slug))
            .OrderBy(e => e.Kind).ThenBy(e => e.Name)
            .Select(e => new EntityChip(e.Kind, e.Slug, e.Name))
            .ToListAsync(cancellationToken);
        CoMentions = await CoMentionsAsync(entity.Id, stories.Select(a => a.Id), cancellationToken);
        var months = await stories
            .GroupBy(a => new { a.PublishedAt!.Value.Year, a.PublishedAt.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);
        Chart = MentionChart.From(months.Select(m => (m.Year, m.Month, m.Count)).ToList());

        Meta.Title = pageNumber == 1 ? entity.Name : $"{entity.Name}, page {pageNumber}";
        Meta.Description = string.IsNullOrEmpty(entity.Description) ? $"Space news about {entity.Name}." : entity.Description;
        Meta.CanonicalPath = Pager.LinkTo(pageNumber);
        EntityFeeds.AddEntityFeed(Meta, entity.Kind, entity.Slug, entity.Name);
        return Page();
    }

    /// <summary>The entities most often linked to the same visible stories, with how many stories they share.</summary>
    private async Task<IReadOnlyList<(EntityChip, int)>> CoMentionsAsync(int entityId, IQueryable<int> storyIds, CancellationToken cancellationToken)
    {
        var counts = await db.ArticleEntities
            .Where(l => storyIds.Contains(l.ArticleId) && l.EntityId != entityId && l.State != LinkState.Rejected)
            .GroupBy(l => l.EntityId)
            .Select(g => new { EntityId = g.Key, Count = g.Count() })
            .OrderByDescending(c => c.Count).ThenBy(c => c.EntityId)
            .Take(CoMentionLimit)
            .ToListAsync(cancellationToken);
        var ids = counts.Select(c => c.EntityId).ToList();
        var chips = await db.Entities.AsNoTracking().Where(e => ids.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => new EntityChip(e.Kind, e.Slug, e.Name), cancellationToken);
        return counts.Select(c => (chips[c.EntityId], c.Count)).ToList();
    }
}
