using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Editor;

/// <summary>The newsroom list: every story, filtered by state and title, most recently changed first.</summary>
public static class StoryListQuery
{
    public const int PageSize = 25;

    /// <summary>State filters as they appear in the URL.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> States =
    [
        ("", "All"), ("draft", "Draft"), ("in-review", "In review"), ("scheduled", "Scheduled"), ("published", "Published"), ("archived", "Archived"),
    ];

    public static IQueryable<Article> Filter(IQueryable<Article> articles, string state, string? titleContains, DateTime nowUtc)
    {
        articles = state switch
        {
            "draft" => articles.Where(a => a.Status == ArticleStatus.Draft && a.Workflow == ArticleWorkflow.Draft),
            "in-review" => articles.Where(a => a.Status == ArticleStatus.Draft && a.Workflow == ArticleWorkflow.InReview),
            "scheduled" => articles.Where(a => (a.Status == ArticleStatus.Scheduled || a.Status == ArticleStatus.Published) && a.PublishedAt > nowUtc),
            "published" => articles.Where(a => (a.Status == ArticleStatus.Scheduled || a.Status == ArticleStatus.Published) && a.PublishedAt <= nowUtc),
            "archived" => articles.Where(a => a.Status == ArticleStatus.Archived),
            _ => articles,
        };
        if (!string.IsNullOrWhiteSpace(titleContains))
        {
            var pattern = "%" + titleContains.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            articles = articles.Where(a => EF.Functions.Like(a.Title, pattern, "\\"));
        }
        return articles;
    }

    /// <summary>What the list shows in its state column.</summary>
    public static string StateOf(ArticleStatus status, ArticleWorkflow workflow, DateTime? publishedAt, DateTime nowUtc) => status switch
    {
        ArticleStatus.Published or ArticleStatus.Scheduled when publishedAt > nowUtc => $"Scheduled for {publishedAt:yyyy-MM-dd HH:mm} UTC",
        ArticleStatus.Published or ArticleStatus.Scheduled => "Published",
        ArticleStatus.Archived => "Archived",
        _ => workflow == ArticleWorkflow.InReview ? "In review" : "Draft",
    };
}
