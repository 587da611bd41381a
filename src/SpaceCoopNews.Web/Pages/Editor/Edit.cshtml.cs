using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Editor;
using SpaceCoopNews.Web.Markdown;

namespace SpaceCoopNews.Web.Pages.Editor;

/// <summary>Writes a new story (no id) or edits one; previews the Markdown as readers will see it.</summary>
public sealed class EditModel(NewsDbContext db, StoryWriter writer, MarkdownRenderer markdown, TimeProvider clock) : SitePageModel
{
    [BindProperty]
    public StoryForm Form { get; set; } = new();

    /// <summary>Set by the conflict page's buttons, so the revision says how the conflict was settled.</summary>
    [BindProperty]
    public string? Resolution { get; set; }

    public StoryConflict? Conflict { get; private set; }

    public int? Id { get; private set; }
    public string? PreviewHtml { get; private set; }
    public bool Saved { get; private set; }
    public string? State { get; private set; }
    public string? PublicPath { get; private set; }
    public int SuggestedLinks { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, [FromQuery(Name = "saved")] bool saved, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is not null)
        {
            var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (article is null)
            {
                return NotFound();
            }
            Form = StoryForm.From(article);
            Describe(article);
            SuggestedLinks = await db.ArticleEntities.CountAsync(l => l.ArticleId == id && l.State == LinkState.Suggested, cancellationToken);
        }
        Saved = saved;
        SetMeta();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        SetMeta();
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var note = Resolution switch
        {
            "mine" => "kept own text over a newer version",
            "merged" => "merged with a newer version",
            _ => null,
        };
        var outcome = await writer.SaveAsync(id, Form, cancellationToken, note);
        switch (outcome)
        {
            case SaveOutcome.Saved saved:
                return Redirect($"/editor/stories/{saved.Article.Id}?saved=true");
            case SaveOutcome.SlugTaken taken:
                ModelState.AddModelError("Form.Slug", $"Another story already uses the address /articles/{taken.Slug}. Choose a different slug.");
                return Page();
            case SaveOutcome.Conflict conflict:
                // Nothing was written: show both versions and a merged form to save instead.
                Conflict = await StoryConflict.BuildAsync(db, conflict.Current, Form, cancellationToken);
                Form = Conflict.Merged;
                ModelState.Clear();
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            default:
                return NotFound();
        }
    }

    public IActionResult OnPostPreview(int? id)
    {
        Id = id;
        SetMeta();
        ModelState.Clear();
        PreviewHtml = markdown.ToHtml(Form.Body ?? "");
        return Page();
    }

    private void Describe(Article article)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        State = StoryListQuery.StateOf(article.Status, article.Workflow, article.PublishedAt, now);
        PublicPath = article.Status is ArticleStatus.Published or ArticleStatus.Scheduled ? $"/articles/{article.Slug}" : null;
    }

    private void SetMeta()
    {
        Meta.Title = Id is null ? "New story" : $"Edit: {Form.Title}";
        Meta.NoIndex = true;
    }
}
