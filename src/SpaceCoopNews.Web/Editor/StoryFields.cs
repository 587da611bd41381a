namespace SpaceCoopNews.Web.Editor;

/// <summary>The story form's fields as data, so diffs and merges treat every field alike.</summary>
public sealed record StoryFields(string Label, string Name, Func<StoryForm, string?> Show, Action<StoryForm, StoryForm> CopyFrom)
{
    public static readonly IReadOnlyList<StoryFields> All =
    [
        new("Title", "Title", f => f.Title, (to, from) => to.Title = from.Title),
        new("Slug", "Slug", f => f.EffectiveSlug, (to, from) => to.Slug = from.Slug),
        new("Summary", "Summary", f => (f.Summary ?? "").ReplaceLineEndings("\n"), (to, from) => to.Summary = from.Summary),
        new("Body", "Body", f => (f.Body ?? "").ReplaceLineEndings("\n"), (to, from) => to.Body = from.Body),
        new("Source name", "SourceName", f => f.SourceName ?? "", (to, from) => to.SourceName = from.SourceName),
        new("Source address", "SourceUrl", f => f.SourceUrl ?? "", (to, from) => to.SourceUrl = from.SourceUrl),
        new("Author", "Author", f => f.Author ?? "", (to, from) => to.Author = from.Author),
        new("Publication time (UTC)", "PublishedAt", f => f.PublishedAt?.ToString("yyyy-MM-dd HH:mm") ?? "", (to, from) => to.PublishedAt = from.PublishedAt),
        new("Publication", "Publication", f => f.Publication.ToString(), (to, from) => to.Publication = from.Publication),
        new("Workflow", "Workflow", f => f.Workflow == Data.ArticleWorkflow.InReview ? "In review" : "Draft", (to, from) => to.Workflow = from.Workflow),
    ];
}
