using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Articles;

/// <summary>The one definition of "what readers may see", shared by pages, feeds, search and the API.</summary>
public static class ArticleQueries
{
    /// <summary>
    /// Published stories whose time has come. A Scheduled story counts from its due time on, even
    /// before the scheduled publisher has flipped its status, so it never appears late.
    /// </summary>
    public static IQueryable<Article> VisibleAt(this IQueryable<Article> articles, DateTime nowUtc) =>
        articles.Where(a => (a.Status == ArticleStatus.Published || a.Status == ArticleStatus.Scheduled) && a.PublishedAt != null && a.PublishedAt <= nowUtc);

    /// <summary>
    /// The same rule for a story already in memory (search's <c>StoryFacts</c>): the time from which
    /// readers may see it, or null if they may not.
    /// </summary>
    public static DateTime? VisibleFrom(ArticleStatus status, DateTime? publishedAt) =>
        status is ArticleStatus.Published or ArticleStatus.Scheduled ? publishedAt : null;

    /// <summary>The rule for one story already loaded (no expression tree to compile per call).</summary>
    public static bool IsVisibleAt(this Article article, DateTime nowUtc) =>
        VisibleFrom(article.Status, article.PublishedAt) is { } from && from <= nowUtc;

    /// <summary>Newest first; the id breaks ties so paging never repeats or skips a story.</summary>
    public static IOrderedQueryable<Article> NewestFirst(this IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id);
}
