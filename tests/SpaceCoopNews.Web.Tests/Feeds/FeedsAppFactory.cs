using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Feeds;

/// <summary>
/// 55 published stories an hour apart (story-01 newest), a draft, a future story (texts that name
/// no entity, so the background tagger adds no links), and links to three catalogue entities: NASA (linked from story-01, rejected on story-02, and from the draft and the future
/// story), the ISS (suggested on story-01) and Sergei Krikalev (story-03).
/// </summary>
public sealed class FeedsAppFactory : EmptyNewsAppFactory, IAsyncLifetime
{
    public DateTime Now { get; } = DateTime.UtcNow;

    public Entity Nasa { get; private set; } = null!;
    public Entity Iss { get; private set; } = null!;
    public Entity Krikalev { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var stories = new List<Article>();
        for (var i = 1; i <= 55; i++)
        {
            stories.Add(await AddArticleAsync($"story-{i:00}", $"Story {i:00}", $"Body of story {i:00}.", Now.AddHours(-i), summary: $"Summary {i:00}"));
        }
        var draft = await AddArticleAsync("draft-story", "Draft story", "Not yet.", Now.AddMinutes(-30), ArticleStatus.Draft);
        var future = await AddArticleAsync("future-story", "Future story", "Later.", Now.AddDays(1));

        Nasa = await this.EntityAsync(EntityKind.Agency, "nasa", "NASA");
        Iss = await this.EntityAsync(EntityKind.Mission, "iss", "International Space Station");
        Krikalev = await this.EntityAsync(EntityKind.Person, "sergei-krikalev", "Sergei Krikalev");
        await this.LinkAsync(stories[0], Nasa);
        await this.LinkAsync(stories[0], Iss, LinkState.Suggested);
        await this.LinkAsync(stories[1], Nasa, LinkState.Rejected);
        await this.LinkAsync(stories[2], Krikalev);
        await this.LinkAsync(draft, Nasa);
        await this.LinkAsync(future, Nasa);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
