using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using SpaceCoopNews.Web.Articles;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Feeds;

namespace SpaceCoopNews.Web.Pages;

/// <summary>Home: the newest published stories, 20 a page.</summary>
[OutputCache(PolicyName = FeedCache.Policy)]
public sealed class IndexModel(NewsDbContext db, TimeProvider clock) : SitePageModel
{
    public IReadOnlyList<StoryListItem> Stories { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, false, _ => "/");

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        var pageNumber = 1;
        if (page is not null && (!int.TryParse(page, out pageNumber) || pageNumber < 1 || pageNumber > StoryList.MaxPage))
        {
            return BadRequest();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var (stories, hasNext) = await StoryList.LoadPageAsync(db, db.Articles.VisibleAt(now).NewestFirst(), pageNumber, cancellationToken);
        if (stories.Count == 0 && pageNumber > 1)
        {
            return NotFound();
        }
        Stories = stories;
        Pager = new Pager(pageNumber, hasNext, p => p == 1 ? "/" : $"/?page={p}");
        Meta.Title = pageNumber == 1 ? "" : $"Latest stories, page {pageNumber}";
        Meta.CanonicalPath = Pager.LinkTo(pageNumber);
        EntityFeeds.AddSiteFeeds(Meta);
        return Page();
    }
}
