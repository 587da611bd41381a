using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.CatalogueEditing;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Entities;

namespace SpaceCoopNews.Web.Pages.Editor.Catalogue;

/// <summary>Adds a catalogue entry (at /editor/catalogue/new) or edits one; a changed slug leaves a redirect behind.</summary>
public sealed class EditModel(NewsDbContext db, CatalogueWriter writer) : SitePageModel
{
    [BindProperty]
    public EntityForm Form { get; set; } = new();

    public int? Id { get; private set; }
    public bool Saved { get; private set; }
    public string? PublicPath { get; private set; }
    public string? CurrentSlug { get; private set; }
    public IReadOnlyList<string> OldSlugs { get; private set; } = [];

    /// <summary>The entry as another editor saved it while this one was editing.</summary>
    public EntityForm? Theirs { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, [FromQuery(Name = "saved")] bool saved, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is not null)
        {
            var entity = await db.Entities.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
            if (entity is null)
            {
                return NotFound();
            }
            Form = EntityForm.From(entity);
            await DescribeAsync(entity, cancellationToken);
        }
        Saved = saved;
        SetMeta();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        SetMeta();
        if (ModelState.IsValid)
        {
            switch (await writer.SaveAsync(id, Form, cancellationToken))
            {
                case CatalogueSaveOutcome.Saved saved:
                    return Redirect($"{CatalogueEditingSetup.EditPath(saved.Entity.Id)}?saved=true");
                case CatalogueSaveOutcome.SlugTaken taken:
                    ModelState.AddModelError("Form.Slug", taken.Message);
                    break;
                case CatalogueSaveOutcome.Conflict conflict:
                    // The editor's input stays in the form; saving again (now against their
                    // version) replaces it knowingly.
                    Theirs = EntityForm.From(conflict.Current);
                    ModelState.Remove("Form.Fingerprint");
                    Form.Fingerprint = Theirs.Fingerprint;
                    Response.StatusCode = StatusCodes.Status409Conflict;
                    break;
                default:
                    return NotFound();
            }
        }
        if (id is not null && await db.Entities.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken) is { } stored)
        {
            await DescribeAsync(stored, cancellationToken);
        }
        return Page();
    }

    private async Task DescribeAsync(Entity entity, CancellationToken cancellationToken)
    {
        PublicPath = $"/{EntitySection.Of(entity.Kind)}/{entity.Slug}";
        CurrentSlug = entity.Slug;
        OldSlugs = await db.EntitySlugRedirects.AsNoTracking()
            .Where(r => r.EntityId == entity.Id).OrderBy(r => r.OldSlug).Select(r => r.OldSlug)
            .ToListAsync(cancellationToken);
    }

    private void SetMeta()
    {
        Meta.Title = Id is null ? "New catalogue entry" : $"Edit: {Form.Name}";
        Meta.NoIndex = true;
    }
}
