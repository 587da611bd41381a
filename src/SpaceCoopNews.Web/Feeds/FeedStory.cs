using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Articles;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Feeds;

/// <summary>One story as a feed shows it, with the entities it links to (rejected links left out).</summary>
public sealed record FeedStory(int Id, string Slug, string Title, string Summary, string BodyHtml, string? Author, DateTime PublishedAt, DateTime UpdatedAt)
{
    public const int FeedSize = 50;

    public IReadOnlyList<EntityChip> Entities { get; init; } = [];

    /// <summary>The later of publication and last edit, in UTC.</summary>
    public DateTimeOffset Modified => AsUtc(UpdatedAt > PublishedAt ? UpdatedAt : PublishedAt);

    public DateTimeOffset Published => AsUtc(PublishedAt);

    /// <summary>SQLite hands dates back without a kind; the store writes UTC.</summary>
    public static DateTimeOffset AsUtc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    /// <summary>The newest <see cref="FeedSize"/> of the given visible stories, with their entities.</summary>
    public static async Task<IReadOnlyList<FeedStory>> LoadNewestAsync(NewsDbContext db, IQueryable<Article> visible, CancellationToken cancellationToken)
    {
        var stories = await visible.AsNoTracking().NewestFirst()
            .Take(FeedSize)
            .Select(a => new FeedStory(a.Id, a.Slug, a.Title, a.Summary, a.BodyHtml, a.Author, a.PublishedAt!.Value, a.UpdatedAt))
            .ToListAsync(cancellationToken);
        var chips = await EntityChip.ForArticlesAsync(db, stories.Select(s => s.Id).ToList(), cancellationToken);
        return stories.Select(s => s with { Entities = chips[s.Id].ToList() }).ToList();
    }
}
