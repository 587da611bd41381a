using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Tests.Feeds;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Seo;

/// <summary>
/// A story with an author and two entities, a story whose title tries to end a script block, a draft
/// and a future story; Roscosmos is linked only from the draft, so it has no visible story.
/// </summary>
public sealed class SeoAppFactory : EmptyNewsAppFactory, IAsyncLifetime
{
    public const string HostileTitle = "Docking </script><script>alert(1)</script> & \"quotes\"";

    public async Task InitializeAsync()
    {
        var published = new DateTime(2024, 3, 1, 9, 30, 0, DateTimeKind.Utc);
        var docking = await AddArticleAsync("crew-dragon-docks", "Crew Dragon docks with the ISS", "The capsule docked.", published, summary: "A smooth docking.");
        await AddArticleAsync("hostile-title", HostileTitle, "Body.", published.AddDays(-1));
        var draft = await AddArticleAsync("draft-story", "Draft story", "Not yet.", published.AddDays(-2), ArticleStatus.Draft);
        await AddArticleAsync("future-story", "Future story", "Later.", DateTime.UtcNow.AddDays(1));
        WithDb(db =>
        {
            db.Articles.Single(a => a.Id == docking.Id).Author = "Jane Reporter";
            return db.SaveChanges();
        });

        var nasa = await this.AddEntityAsync(EntityKind.Agency, "nasa", "NASA");
        var iss = await this.AddEntityAsync(EntityKind.Mission, "iss", "International Space Station");
        var roscosmos = await this.AddEntityAsync(EntityKind.Agency, "roscosmos", "Roscosmos");
        await this.LinkAsync(docking, nasa);
        await this.LinkAsync(docking, iss, LinkState.Suggested);
        await this.LinkAsync(draft, roscosmos);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
