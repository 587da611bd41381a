using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Audit;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Import;

namespace SpaceCoopNews.Web.Pages.Admin.Sources;

/// <summary>The list of feed sources with how each is doing, and the form to add one.</summary>
[Authorize(Roles = "Admin")]
public sealed class IndexModel(NewsDbContext db, AuditLog audit, TimeProvider clock) : SitePageModel
{
    public IReadOnlyList<FeedSource> Sources { get; private set; } = [];

    [BindProperty]
    public SourceForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await db.FeedSources.AnyAsync(s => s.FeedUrl == new Uri(Form.FeedUrl.Trim()).AbsoluteUri, cancellationToken))
        {
            ModelState.AddModelError("Form.FeedUrl", "A source with this feed address already exists.");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
        var source = new FeedSource { Name = "", FeedUrl = "", CreatedAt = clock.GetUtcNow().UtcDateTime };
        Form.ApplyTo(source);
        db.FeedSources.Add(source);
        audit.Add("source.create", $"source:{source.FeedUrl}", source.Name);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("Details", new { id = source.Id });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Meta.Title = "Sources";
        Meta.NoIndex = true;
        Sources = await db.FeedSources.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
    }
}
