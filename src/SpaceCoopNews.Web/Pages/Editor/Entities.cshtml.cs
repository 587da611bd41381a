using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Editor;

namespace SpaceCoopNews.Web.Pages.Editor;

/// <summary>Review of a story's entity links: each suggestion with its confidence, evidence and highlighted mentions.</summary>
public sealed class EntitiesModel(NewsDbContext db, StoryLinks links) : SitePageModel
{
    public Article Story { get; private set; } = null!;
    public IReadOnlyList<LinkView> Links { get; private set; } = [];
    public IReadOnlyList<EntitySuggestion> MostUsed { get; private set; } = [];

    [BindProperty]
    public string? EntityName { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDecideAsync(int id, int entity, LinkDecision decision, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(decision))
        {
            return BadRequest();
        }
        return await links.DecideAsync(id, entity, decision, cancellationToken) ? Redirect($"/editor/stories/{id}/entities") : NotFound();
    }

    public async Task<IActionResult> OnPostAddAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(EntityName) || EntityName.Length > 200)
        {
            ModelState.AddModelError(nameof(EntityName), "Type the name of an agency, mission or person and pick it from the suggestions.");
            return Page();
        }
        if (await links.AddAsync(id, EntityName, cancellationToken) is null)
        {
            ModelState.AddModelError(nameof(EntityName), $"No agency, mission or person is called \"{EntityName}\". Pick one from the suggestions.");
            return Page();
        }
        return Redirect($"/editor/stories/{id}/entities");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var story = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (story is null)
        {
            return false;
        }
        Story = story;
        Links = await links.ForArticleAsync(story, cancellationToken);
        MostUsed = await links.MostUsedAsync(id, 12, cancellationToken);
        Meta.Title = $"Entities: {story.Title}";
        Meta.NoIndex = true;
        return true;
    }
}
