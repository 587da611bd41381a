using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Editor;

/// <summary>Field-by-field word diffs between two versions of a story, and a revision back into a form.</summary>
public static class RevisionComparison
{
    public sealed record FieldDiff(string Field, IReadOnlyList<DiffPiece> Pieces)
    {
        public bool Changed => WordDiff.HasChanges(Pieces);
    }

    public static IReadOnlyList<FieldDiff> Compare(StoryForm from, StoryForm to) =>
        StoryFields.All.Select(f => new FieldDiff(f.Label, WordDiff.Between(f.Show(from), f.Show(to)))).ToList();

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
