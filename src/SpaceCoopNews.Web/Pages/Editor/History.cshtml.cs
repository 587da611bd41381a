using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Editor;

namespace SpaceCoopNews.Web.Pages.Editor;

/// <summary>A story's revisions, a word-level diff between any two, and restoring one as a new revision.</summary>
public sealed class HistoryModel(NewsDbContext db, StoryWriter writer) : SitePageModel
{
    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<ArticleRevision> Revisions { get; private set; } = [];
    public ArticleRevision? From { get; private set; }
    public ArticleRevision? To { get; private set; }
    public IReadOnlyList<RevisionComparison.FieldDiff> Differences { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, [FromQuery(Name = "from")] int? from, [FromQuery(Name = "to")] int? to, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (Revisions.Count == 0)
        {
            return Page();
        }
        To = to is null ? Revisions[0] : Revisions.FirstOrDefault(r => r.Version == to);
        From = from is null ? Revisions.Skip(1).FirstOrDefault() ?? Revisions[0] : Revisions.FirstOrDefault(r => r.Version == from);
        if (From is null || To is null)
        {
            return NotFound();
        }
        Differences = RevisionComparison.Compare(RevisionComparison.ToForm(From), RevisionComparison.ToForm(To));
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id, int version, CancellationToken cancellationToken)
    {
        var revision = await db.ArticleRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.ArticleId == id && r.Version == version, cancellationToken);
        var current = await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => (int?)a.Version).FirstOrDefaultAsync(cancellationToken);
        if (revision is null || current is null)
        {
            return NotFound();
        }
        var form = RevisionComparison.ToForm(revision);
        form.Version = current.Value;
        var outcome = await writer.SaveAsync(id, form, cancellationToken, note: $"restored version {version}");
        switch (outcome)
        {
            case SaveOutcome.Saved:
                return Redirect($"/editor/stories/{id}/history");
            case SaveOutcome.SlugTaken taken:
                Message = $"Version {version} used the address /articles/{taken.Slug}, which another story now has. Open the story, restore by hand and choose a new slug.";
                break;
            case SaveOutcome.Conflict:
                Message = "Someone saved the story while you were restoring. Look at the new version and try again.";
                break;
            default:
                return NotFound();
        }
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var title = await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => a.Title).FirstOrDefaultAsync(cancellationToken);
        if (title is null)
        {
            return false;
        }
        Id = id;
        Title = title;
        Revisions = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id).OrderByDescending(r => r.Version).ToListAsync(cancellationToken);
        Meta.Title = $"History: {title}";
        Meta.NoIndex = true;
        return true;
    }
}
