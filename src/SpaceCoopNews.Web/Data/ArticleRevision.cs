namespace SpaceCoopNews.Web.Data;

/// <summary>A story as one save left it: every field, who saved it and when. Never changed afterwards.</summary>
public class ArticleRevision
{
    public long Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;

    /// <summary>The story's Version after this save.</summary>
    public int Version { get; set; }
    public DateTime SavedAt { get; set; }
    public string? SavedById { get; set; }
    public required string SavedBy { get; set; }

    /// <summary>Why the save happened when it was not a plain edit ("restored version 3", "merged after a conflict").</summary>
    public string? Note { get; set; }

    public required string Slug { get; set; }
    public required string Title { get; set; }
    public string Summary { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public string? SourceName { get; set; }
    public string? SourceUrl { get; set; }
    public string? Author { get; set; }
    public DateTime? PublishedAt { get; set; }
    public ArticleStatus Status { get; set; }
    public ArticleWorkflow Workflow { get; set; }

    public static ArticleRevision Of(Article article, DateTime savedAt, string? savedById, string savedBy, string? note) => new()
    {
        Article = article,
        Version = article.Version,
        SavedAt = savedAt,
        SavedById = savedById,
        SavedBy = savedBy,
        Note = note,
        Slug = article.Slug,
        Title = article.Title,
        Summary = article.Summary,
        BodyMarkdown = article.BodyMarkdown,
        SourceName = article.SourceName,
        SourceUrl = article.SourceUrl,
        Author = article.Author,
        PublishedAt = article.PublishedAt,
        Status = article.Status,
        Workflow = article.Workflow,
    };
}
