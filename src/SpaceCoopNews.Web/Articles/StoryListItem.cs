using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Articles;

/// <summary>One row of a story list: home, entity pages.</summary>
public sealed record StoryListItem(int Id, string Slug, string Title, string Summary, string? Source, DateTime PublishedAt)
{
    public IReadOnlyList<EntityChip> Chips { get; init; } = [];
}

/// <summary>Loads one page of a story list, with chips, fetching one extra row to know if more follow.</summary>
public static class StoryList
{
    public const int PageSize = 20;
    public const int MaxPage = 10_000;

    public static async Task<(IReadOnlyList<StoryListItem> Items, bool HasNext)> LoadPageAsync(
        NewsDbContext db, IQueryable<Article> visibleNewestFirst, int page, CancellationToken cancellationToken)
    {
        var rows = await visibleNewestFirst
                .Skip((page - 1) * PageSize)
                .Take(PageSize + 1)
                .Select(a => new StoryListItem(a.Id, a.Slug, a.Title, a.Summary, a.SourceName, a.PublishedAt!.Value))
            .ToListAsync(cancellationToken);
        var hasNext = rows.Count > PageSize;
        var items = rows.Take(PageSize).ToList();
        var chips = await EntityChip.ForArticlesAsync(db, items.Select(i => i.Id).ToList(), cancellationToken);
        return (items.Select(i => i with { Chips = chips[i.Id].ToList() }).ToList(), hasNext);
    }
}
