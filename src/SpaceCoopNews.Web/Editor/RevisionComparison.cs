using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Editor;

/// <summary>Field-by-field word diffs between two revisions, and a revision back into a form.</summary>
public static class RevisionComparison
{
    public sealed record FieldDiff(string Field, IReadOnlyList<DiffPiece> Pieces)
    {
        public bool Changed => WordDiff.HasChanges(Pieces);
    }

    public static IReadOnlyList<FieldDiff> Compare(ArticleRevision from, ArticleRevision to, DateTime nowUtc) =>
    [
        new("Title", WordDiff.Between(from.Title, to.Title)),
        new("Slug", WordDiff.Between(from.Slug, to.Slug)),
        new("Summary", WordDiff.Between(from.Summary, to.Summary)),
        new("Body", WordDiff.Between(from.BodyMarkdown, to.BodyMarkdown)),
        new("Source name", WordDiff.Between(from.SourceName, to.SourceName)),
        new("Source address", WordDiff.Between(from.SourceUrl, to.SourceUrl)),
        new("Author", WordDiff.Between(from.Author, to.Author)),
        new("Publication time (UTC)", WordDiff.Between(from.PublishedAt?.ToString("yyyy-MM-dd HH:mm"), to.PublishedAt?.ToString("yyyy-MM-dd HH:mm"))),
        new("State", WordDiff.Between(
            StoryListQuery.StateOf(from.Status, from.Workflow, from.PublishedAt, nowUtc),
            StoryListQuery.StateOf(to.Status, to.Workflow, to.PublishedAt, nowUtc))),
    ];

    public static StoryForm ToForm(ArticleRevision revision) => StoryForm.From(new Article
    {
        Slug = revision.Slug,
        Title = revision.Title,
        Summary = revision.Summary,
        BodyMarkdown = revision.BodyMarkdown,
        SourceName = revision.SourceName,
        SourceUrl = revision.SourceUrl,
        Author = revision.Author,
        PublishedAt = revision.PublishedAt,
        Status = revision.Status,
        Workflow = revision.Workflow,
        Version = revision.Version,
    });
}
