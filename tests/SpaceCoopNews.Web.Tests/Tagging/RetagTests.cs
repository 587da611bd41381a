using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Tagging;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Tagging;

public class RetagTests(EmptyNewsAppFactory app) : IClassFixture<EmptyNewsAppFactory>
{
    [Fact]
    public async Task Retagging_keeps_rejections_and_manual_links()
    {
        var article = await app.AddArticleAsync("gateway-talks", "NASA and Roscosmos discuss the Lunar Gateway",
            "NASA and Roscosmos signed a joint statement on the Lunar Gateway in lunar orbit.", new DateTime(2017, 9, 27, 0, 0, 0, DateTimeKind.Utc));
        await RetagAsync();
        await WithDbAsync(async db =>
        {
            var nasa = await db.Entities.SingleAsync(e => e.Slug == "nasa");
            var jaxa = await db.Entities.SingleAsync(e => e.Slug == "jaxa");
            var link = await db.ArticleEntities.SingleAsync(l => l.ArticleId == article.Id && l.EntityId == nasa.Id);
            link.State = LinkState.Rejected;
            db.ArticleEntities.Add(new ArticleEntity { ArticleId = article.Id, EntityId = jaxa.Id, Source = LinkSource.Editor, State = LinkState.Confirmed, Confidence = 1 });
            await db.SaveChangesAsync();
        });

        await RetagAsync();

        var html = await app.CreateClient().GetStringAsync("/articles/gateway-talks");
        var links = SeedStoryTaggingTests.EntityLinks(html);
        Assert.DoesNotContain("/agencies/nasa", links);
        Assert.Contains("/agencies/jaxa", links);
        Assert.Contains("/agencies/roscosmos", links);
        Assert.Contains("/missions/lunar-gateway", links);
    }

    [Fact]
    public async Task Retagging_removes_suggestions_the_text_no_longer_supports()
    {
        var article = await app.AddArticleAsync("esa-story", "ESA picks a new astronaut class", "The European Space Agency announced its astronauts.", new DateTime(2022, 11, 23, 0, 0, 0, DateTimeKind.Utc));
        await RetagAsync();
        Assert.Contains("/agencies/esa", SeedStoryTaggingTests.EntityLinks(await app.CreateClient().GetStringAsync("/articles/esa-story")));

        await WithDbAsync(async db =>
        {
            var stored = await db.Articles.SingleAsync(a => a.Id == article.Id);
            stored.Title = "A new astronaut class";
            stored.BodyMarkdown = "An agency announced its astronauts.";
            await db.SaveChangesAsync();
        });
        await RetagAsync();

        Assert.DoesNotContain("/agencies/esa", SeedStoryTaggingTests.EntityLinks(await app.CreateClient().GetStringAsync("/articles/esa-story")));
    }

    private Task RetagAsync() => app.Services.GetRequiredService<RetagService>().RetagAllAsync(CancellationToken.None);

    private async Task WithDbAsync(Func<NewsDbContext, Task> action)
    {
        using var scope = app.Services.CreateScope();
        await action(scope.ServiceProvider.GetRequiredService<NewsDbContext>());
    }
}
