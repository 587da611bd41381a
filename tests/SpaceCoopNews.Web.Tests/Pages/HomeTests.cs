using System.Net;
using System.Text.RegularExpressions;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Pages;

public class HomeTests(NewsAppFactory app) : IClassFixture<NewsAppFactory>
{
    [Fact]
    public async Task Home_lists_the_seed_story()
    {
        var html = await app.CreateClient().GetStringAsync("/");

        Assert.Contains("Former astronaut Ronald Sega", html);
        Assert.Contains("href=\"/articles/former-astronaut-ronald-sega-russia-and-the-us-will-explore-mars-together\"", html);
    }

    [Fact]
    public async Task Home_shows_newest_story_first()
    {
        var html = await app.CreateClient().GetStringAsync("/");

        var rubio = html.IndexOf("Frank Rubio returns", StringComparison.Ordinal);
        var sts60 = html.IndexOf("STS-60 carries the first Russian cosmonaut", StringComparison.Ordinal);
        Assert.True(rubio >= 0 && sts60 > rubio, "the 2023 story is listed before the 1994 one");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("99999999999")]
    public async Task Bad_page_number_gives_a_clear_400_page(string page)
    {
        var response = await app.CreateClient().GetAsync($"/?page={page}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("That request did not make sense", await response.Content.ReadAsStringAsync());
    }
}

public class HomePagingTests(EmptyNewsAppFactory app) : IClassFixture<EmptyNewsAppFactory>
{
    [Fact]
    public async Task Paging_is_stable_with_equal_published_dates()
    {
        var sameMoment = new DateTime(2024, 5, 1, 12, 0, 0, DateTimeKind.Utc);
        for (var i = 1; i <= 45; i++)
        {
            await app.AddArticleAsync($"story-{i:00}", $"Story number {i:00}", "Body.", sameMoment);
        }
        var client = app.CreateClient();

        var seen = new List<string>();
        foreach (var page in new[] { 1, 2, 3 })
        {
            var html = await client.GetStringAsync($"/?page={page}");
            seen.AddRange(Regex.Matches(html, "href=\"/articles/(story-\\d+)\"").Select(m => m.Groups[1].Value));
        }

        Assert.Equal(45, seen.Count);
        Assert.Equal(45, seen.Distinct().Count());
        Assert.Equal("story-45", seen[0]);
    }

    [Fact]
    public async Task Drafts_and_future_stories_are_not_listed()
    {
        await app.AddArticleAsync("a-draft", "A draft nobody should see", "Body.", DateTime.UtcNow.AddDays(-1), Web.Data.ArticleStatus.Draft);
        await app.AddArticleAsync("from-the-future", "Published in the future", "Body.", DateTime.UtcNow.AddDays(3));

        var html = await app.CreateClient().GetStringAsync("/");

        Assert.DoesNotContain("A draft nobody should see", html);
        Assert.DoesNotContain("Published in the future", html);
        var draft = await app.CreateClient().GetAsync("/articles/a-draft");
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
    }
}
