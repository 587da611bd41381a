namespace SpaceCoopNews.Web.Data;

/// <summary>A news story: Markdown as written, HTML rendered and sanitized once at save time.</summary>
public class Article
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public string Summary { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public string BodyHtml { get; set; } = "";
    public string? SourceName { get; set; }
    public string? SourceUrl { get; set; }
    public string? Author { get; set; }
    public DateTime? PublishedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>Publication: Draft means not published. A Published story with a future time is Scheduled.</summary>
    public ArticleStatus Status { get; set; } = ArticleStatus.Draft;

    /// <summary>Where the writing stands, separate from publication.</summary>
    public ArticleWorkflow Workflow { get; set; } = ArticleWorkflow.Draft;

    /// <summary>Incremented on every save; a stale save fails instead of overwriting.</summary>
    public int Version { get; set; }

    /// <summary>The feed source a story was imported from (Import/); null for stories written here.</summary>
    public int? SourceId { get; set; }

    /// <summary>Deduplication keys of imported stories: the link without tracking noise, a hash of title and body, the title as compared.</summary>
    public string? CanonicalUrl { get; set; }
    public string? ContentHash { get; set; }
    public string? NormalizedTitle { get; set; }

    public List<ArticleEntity> Entities { get; set; } = [];
}

public enum ArticleStatus
{
    Draft = 0,
    Scheduled = 1,
    Published = 2,
    Archived = 3,
}

public enum ArticleWorkflow
{
    Draft = 0,
    InReview = 1,
}
