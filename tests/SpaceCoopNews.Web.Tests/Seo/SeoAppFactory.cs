using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Tests.Feeds;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Seo;

/// <summary>
/// A story with an author and links to two catalogue entities (texts name no entity, so the
/// background tagger adds none), a story whose title tries to end a script block, a draft
/// and a future story; Roscosmos is linked only from the draft, so it has no visible story.
/// </summary>
public sealed class SeoAppFactory : EmptyNewsAppFactory, IAsyncLifetime
{
    public const string HostileTitle = "Docking </script><script>alert(1)</script> & \"quotes\"";

    public Entity Nasa { get; private set; } = null!;
    public Entity Iss { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var published = new DateTime(2024, 3, 1, 9, 30, 0, DateTimeKind.Utc);
        var capsule = await AddArticleAsync("a-capsule-reaches-orbit", "A capsule reaches orbit", "The capsule arrived.", published, summary: "A smooth arrival.");
        await AddArticleAsync("hostile-title", HostileTitle, "Body.", published.AddDays(-1));
        var draft = await AddArticleAsync("draft-story", "Draft story", "Not yet.", published.AddDays(-2), ArticleStatus.Draft);
        await AddArticleAsync("future-story", "Future story", "Later.", DateTime.UtcNow.AddDays(1));
        WithDb(db =>
        {
            db.Articles.Single(a => a.Id == capsule.Id).Author = "Jane Reporter";
            return db.SaveChanges();
        });

        Nasa = await this.EntityAsync(EntityKind.Agency, "nasa", "NASA");
        Iss = await this.EntityAsync(EntityKind.Mission, "iss", "International Space Station");
        var roscosmos = await this.EntityAsync(EntityKind.Agency, "roscosmos", "Roscosmos");
        await this.LinkAsync(capsule, Nasa);
        await this.LinkAsync(capsule, Iss, LinkState.Suggested);
        await this.LinkAsync(draft, roscosmos);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
