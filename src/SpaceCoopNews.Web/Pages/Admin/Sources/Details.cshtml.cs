using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Audit;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Import;

namespace SpaceCoopNews.Web.Pages.Admin.Sources;

/// <summary>One source: its record (last success, last error, counts, rejected items), its settings, and "poll now".</summary>
[Authorize(Roles = "Admin")]
public sealed class DetailsModel(NewsDbContext db, SourceRefresher refresher, AuditLog audit) : SitePageModel
{
    public FeedSource Source { get; private set; } = null!;

    [BindProperty]
    public SourceForm Form { get; set; } = new();

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Form = SourceForm.From(Source);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var source = await db.FeedSources.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }
        if (ModelState.IsValid && await db.FeedSources.AnyAsync(s => s.Id != id && s.FeedUrl == new Uri(Form.FeedUrl.Trim()).AbsoluteUri, cancellationToken))
        {
            ModelState.AddModelError("Form.FeedUrl", "Another source already has this feed address.");
        }
        if (ModelState.IsValid)
        {
            Form.ApplyTo(source);
            audit.Add("source.update", $"source:{source.FeedUrl}", source.Name);
            await db.SaveChangesAsync(cancellationToken);
            Notice = "Saved.";
        }
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostPollAsync(int id, CancellationToken cancellationToken)
    {
        if (!await db.FeedSources.AnyAsync(s => s.Id == id, cancellationToken))
        {
            return NotFound();
        }
        try
        {
            var summary = await refresher.RefreshAsync(id, cancellationToken);
            Notice = summary is null ? "Polled: the feed has not changed since the last fetch." : $"Polled: {summary.Counts}.";
        }
        catch (FeedRejectedException ex)
        {
            Notice = $"Poll failed, nothing stored: {ex.Message}";
        }
        db.ChangeTracker.Clear();
        await LoadAsync(id, cancellationToken);
        Form = SourceForm.From(Source);
        ModelState.Clear();
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var source = await db.FeedSources.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (source is null)
        {
            return false;
        }
        Source = source;
        Meta.Title = $"Source: {source.Name}";
        Meta.NoIndex = true;
        return true;
    }
}
