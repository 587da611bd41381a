using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Articles;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Pages.Admin;

/// <summary>The audit log, newest first, 50 a page.</summary>
public sealed class AuditModel(NewsDbContext db) : SitePageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, false, _ => "/admin/audit");

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        var pageNumber = 1;
        if (page is not null && (!int.TryParse(page, out pageNumber) || pageNumber < 1 || pageNumber > StoryList.MaxPage))
        {
            return BadRequest();
        }
        var rows = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.Id)
            .Skip((pageNumber - 1) * PageSize).Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        Entries = rows.Take(PageSize).ToList();
        Pager = new Pager(pageNumber, rows.Count > PageSize, p => p == 1 ? "/admin/audit" : $"/admin/audit?page={p}");
        Meta.Title = "Audit log";
        Meta.NoIndex = true;
        return Page();
    }
}
