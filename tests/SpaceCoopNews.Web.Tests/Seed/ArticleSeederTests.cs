using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Seed;

public class ArticleSeederTests
{
    [Fact]
    public async Task Second_start_does_not_duplicate_the_seed()
    {
        using var first = new NewsAppFactory();
        await first.CreateClient().GetStringAsync("/");
        var countAfterFirst = first.WithDb(db => db.Articles.Count());

        using var second = new SameFileFactory(first.DatabasePath);
        await second.CreateClient().GetStringAsync("/");
        var countAfterSecond = second.WithDb(db => db.Articles.Count());

        Assert.True(countAfterFirst >= 9, "the seed brings the Sega story and at least eight more");
        Assert.Equal(countAfterFirst, countAfterSecond);
    }

    [Fact]
    public async Task Seeding_can_be_switched_off()
    {
        using var app = new EmptyNewsAppFactory();
        await app.CreateClient().GetStringAsync("/");

        Assert.Equal(0, app.WithDb(db => db.Articles.Count()));
    }

    private sealed class SameFileFactory(string databasePath) : NewsAppFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Default", $"Data Source={databasePath}");
        }
    }
}
