using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Articles;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Editor;

namespace SpaceCoopNews.Web.Pages.Editor;

/// <summary>The newsroom's story list: drafts included, with a state filter, title search and paging.</summary>
public sealed class IndexModel(NewsDbContext db, TimeProvider clock) : SitePageModel
{
    public IReadOnlyList<Row> Stories { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, false, _ => "/editor");
    public string State { get; private set; } = "";
    public string? Query { get; private set; }
    public DateTime Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(
        [FromQuery(Name = "state")] string? state, [FromQuery(Name = "q")] string? q, [FromQuery(Name = "page")] string? page,
        CancellationToken cancellationToken)
    {
        var pageNumber = 1;
        if ((page is not null && (!int.TryParse(page, out pageNumber) || pageNumber < 1 || pageNumber > StoryList.MaxPage))
            || (state is not null && !StoryListQuery.States.Any(s => s.Value == state))
            || q is { Length: > 300 })
        {
            return BadRequest();
        }
        Now = clock.GetUtcNow().UtcDateTime;
        State = state ?? "";
        Query = q;
        var rows = await StoryListQuery.Filter(db.Articles.AsNoTracking(), State, q, Now)
            .OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)
            .Skip((pageNumber - 1) * StoryListQuery.PageSize).Take(StoryListQuery.PageSize + 1)
            .Select(a => new Row(a.Id, a.Slug, a.Title, a.Status, a.Workflow, a.PublishedAt, a.UpdatedAt))
            .ToListAsync(cancellationToken);
        Stories = rows.Take(StoryListQuery.PageSize).ToList();
        Pager = new Pager(pageNumber, rows.Count > StoryListQuery.PageSize, LinkTo);
        Meta.Title = "Stories";
        Meta.NoIndex = true;
        return Page();
    }

    private string LinkTo(int page)
    {
        var query = new List<string>();
        if (State.Length > 0)
        {
            query.Add("state=" + Uri.EscapeDataString(State));
        }
        if (!string.IsNullOrWhiteSpace(Query))
        {
            query.Add("q=" + Uri.EscapeDataString(Query));
        }
        if (page > 1)
        {
            query.Add($"page={page}");
        }
        return query.Count == 0 ? "/editor" : "/editor?" + string.Join('&', query);
    }

    public sealed record Row(int Id, string Slug, string Title, ArticleStatus Status, ArticleWorkflow Workflow, DateTime? PublishedAt, DateTime UpdatedAt);
}
