using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.CatalogueEditing;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Entities;

namespace SpaceCoopNews.Web.Pages.Admin.Catalogue;

/// <summary>
/// An Admin merges a duplicate catalogue entry into the one kept: first a look at both (GET), then
/// the merge itself (POST). Only entries of the same kind merge.
/// </summary>
public sealed class MergeModel(NewsDbContext db, EntityMerger merger) : SitePageModel
{
    [BindProperty(SupportsGet = true, Name = "keep")]
    public string? Keep { get; set; }

    [BindProperty(SupportsGet = true, Name = "merge")]
    public string? Merge { get; set; }

    public Summary? Kept { get; private set; }
    public Summary? Merged { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SetMeta();
        await DescribeAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        SetMeta();
        if (await DescribeAsync(cancellationToken))
        {
            switch (await merger.MergeAsync(Kept!.Slug, Merged!.Slug, cancellationToken))
            {
                case MergeOutcome.Merged merged:
                    return Redirect($"{CatalogueEditingSetup.EditPath(merged.Kept.Id)}?saved=true");
                case MergeOutcome.Refused refused:
                    Error = refused.Message;
                    break;
            }
        }
        return Page();
    }

    /// <summary>Looks both entries up; true when they can be merged.</summary>
    private async Task<bool> DescribeAsync(CancellationToken cancellationToken)
    {
        Keep = Keep?.Trim().ToLowerInvariant();
        Merge = Merge?.Trim().ToLowerInvariant();
        Kept = await FindAsync(Keep, nameof(Keep), cancellationToken);
        Merged = await FindAsync(Merge, nameof(Merge), cancellationToken);
        if (Kept is null || Merged is null)
        {
            return false;
        }
        if (Kept.Slug == Merged.Slug)
        {
            ModelState.AddModelError(nameof(Merge), "Choose an entry other than the one kept.");
            return false;
        }
        if (Kept.Kind != Merged.Kind)
        {
            ModelState.AddModelError(nameof(Merge), $"{Merged.Name} is a {Merged.KindName} and {Kept.Name} a {Kept.KindName}: only entries of the same kind merge. Change the kind of one of them first.");
            return false;
        }
        return true;
    }

    private async Task<Summary?> FindAsync(string? slug, string field, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(slug))
        {
            return null;
        }
        var found = slug.Length > 200 ? null : await db.Entities.AsNoTracking()
            .Where(e => e.Slug == slug)
            .Select(e => new Summary(e.Id, e.Kind, e.Slug, e.Name, e.Aliases, e.Articles.Count))
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            ModelState.AddModelError(field, $"No entry has the slug \"{slug}\".");
        }
        return found;
    }

    private void SetMeta()
    {
        Meta.Title = "Merge catalogue entries";
        Meta.NoIndex = true;
    }

    public sealed record Summary(int Id, EntityKind Kind, string Slug, string Name, List<string> Aliases, int Links)
    {
        public string KindName => EntitySection.Singular(Kind);
        public string Path => $"/{EntitySection.Of(Kind)}/{Slug}";
    }
}
