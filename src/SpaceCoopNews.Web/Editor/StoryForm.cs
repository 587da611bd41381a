using System.ComponentModel.DataAnnotations;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Editor;

/// <summary>What the story form posts. Publication and workflow are separate choices.</summary>
public sealed class StoryForm : IValidatableObject
{
    [Required(ErrorMessage = "Give the story a title.")]
    [StringLength(300, ErrorMessage = "Keep the title under 300 characters.")]
    public string Title { get; set; } = "";

    /// <summary>Empty means "make it from the title".</summary>
    [StringLength(Articles.Slug.MaxLength, ErrorMessage = "Keep the slug under 120 characters.")]
    public string? Slug { get; set; }

    [StringLength(2000, ErrorMessage = "Keep the summary under 2,000 characters.")]
    public string? Summary { get; set; }

    public string? Body { get; set; }

    [StringLength(200, ErrorMessage = "Keep the source name under 200 characters.")]
    public string? SourceName { get; set; }

    [StringLength(2000, ErrorMessage = "Keep the source address under 2,000 characters.")]
    public string? SourceUrl { get; set; }

    [StringLength(200, ErrorMessage = "Keep the author under 200 characters.")]
    public string? Author { get; set; }

    /// <summary>UTC, from a datetime-local input. Empty with "Published" means now.</summary>
    public DateTime? PublishedAt { get; set; }

    public Publication Publication { get; set; } = Publication.Unpublished;

    public ArticleWorkflow Workflow { get; set; } = ArticleWorkflow.Draft;

    /// <summary>The version the editor started from; a save against a newer one is a conflict.</summary>
    public int Version { get; set; }

    public string EffectiveSlug => string.IsNullOrWhiteSpace(Slug) ? Articles.Slug.From(Title) : Slug.Trim();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Slug) && !Articles.Slug.IsValid(Slug.Trim()))
        {
            yield return new ValidationResult(
                $"Use lowercase letters, digits and single hyphens only, for example \"{Articles.Slug.From(Slug)}\".", [nameof(Slug)]);
        }
        else if (!string.IsNullOrWhiteSpace(Title) && string.IsNullOrEmpty(EffectiveSlug))
        {
            yield return new ValidationResult("The title has no letters or digits to make an address from; type a slug.", [nameof(Slug)]);
        }
        if (!string.IsNullOrWhiteSpace(SourceUrl)
            && !(Uri.TryCreate(SourceUrl.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            yield return new ValidationResult("Enter a full web address starting with https:// or http://.", [nameof(SourceUrl)]);
        }
        if (!Enum.IsDefined(Publication))
        {
            yield return new ValidationResult("Choose how the story is published.", [nameof(Publication)]);
        }
        if (!Enum.IsDefined(Workflow))
        {
            yield return new ValidationResult("Choose a workflow state.", [nameof(Workflow)]);
        }
        if (PublishedAt is { Year: < 1900 or > 2200 })
        {
            yield return new ValidationResult("Enter a date between 1900 and 2200.", [nameof(PublishedAt)]);
        }
    }

    public static StoryForm From(Article article) => new()
    {
        Title = article.Title,
        Slug = article.Slug,
        Summary = article.Summary,
        Body = article.BodyMarkdown,
        SourceName = article.SourceName,
        SourceUrl = article.SourceUrl,
        Author = article.Author,
        PublishedAt = article.PublishedAt,
        Publication = article.Status switch
        {
            ArticleStatus.Published or ArticleStatus.Scheduled => Publication.Published,
            ArticleStatus.Archived => Publication.Archived,
            _ => Publication.Unpublished,
        },
        Workflow = article.Workflow,
        Version = article.Version,
    };

    /// <summary>Copies the fields onto the story; a publication time still ahead makes it Scheduled.</summary>
    public void ApplyTo(Article article, string bodyHtml, DateTime nowUtc)
    {
        article.Title = Title.Trim();
        article.Slug = EffectiveSlug;
        article.Summary = Summary?.Trim().ReplaceLineEndings("\n") ?? "";
        // Browsers post CRLF; stored Markdown uses LF so revisions diff and merge cleanly.
        article.BodyMarkdown = (Body ?? "").ReplaceLineEndings("\n");
        article.BodyHtml = bodyHtml;
        article.SourceName = NullIfBlank(SourceName);
        article.SourceUrl = NullIfBlank(SourceUrl);
        article.Author = NullIfBlank(Author);
        article.Workflow = Workflow;
        var publishedAt = PublishedAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : (DateTime?)null;
        if (Publication == Publication.Published)
        {
            publishedAt ??= nowUtc;
        }
        article.PublishedAt = publishedAt;
        article.Status = Publication switch
        {
            Publication.Published => publishedAt > nowUtc ? ArticleStatus.Scheduled : ArticleStatus.Published,
            Publication.Archived => ArticleStatus.Archived,
            _ => ArticleStatus.Draft,
        };
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The editor's publication choice; Scheduled follows from a future time.</summary>
public enum Publication
{
    Unpublished = 0,
    Published = 1,
    Archived = 2,
}
