using System.Net;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Pages.Articles;

public class DetailsTests(NewsAppFactory app) : IClassFixture<NewsAppFactory>
{
    [Fact]
    public async Task Seed_story_page_shows_its_text()
    {
        var html = await app.CreateClient().GetStringAsync("/articles/former-astronaut-ronald-sega-russia-and-the-us-will-explore-mars-together");

        Assert.Contains("<h1>Former astronaut Ronald Sega: Russia and the US will explore Mars together</h1>", html);
        Assert.Contains("<p>Russia and the United States are on a shared path", html);
        Assert.Contains("Former astronaut Ronald Sega interview", html);
    }

    [Fact]
    public async Task Markdown_is_rendered_as_html()
    {
        await app.AddArticleAsync("markdown-story", "Markdown story",
            "## A heading\n\n- one\n- two\n\n> a quote\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![The orbiter](https://example.org/orbiter.jpg)\n\n[NASA](https://www.nasa.gov/)",
            new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        var html = await app.CreateClient().GetStringAsync("/articles/markdown-story");

        Assert.Contains("<h2", html);
        Assert.Contains("<li>one</li>", html);
        Assert.Contains("<blockquote>", html);
        Assert.Contains("<table>", html);
        Assert.Contains("alt=\"The orbiter\"", html);
        Assert.Contains("<a href=\"https://www.nasa.gov/\" rel=\"noopener nofollow\">NASA</a>", html);
    }

    [Fact]
    public async Task Script_in_markdown_is_not_rendered_as_script()
    {
        await app.AddArticleAsync("hostile-story", "Hostile story",
            "Hello <script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(1))\n\n[data](data:text/html;base64,PHNjcmlwdD4=)",
            new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc));

        var html = await app.CreateClient().GetStringAsync("/articles/hostile-story");
        var prose = html[html.IndexOf("<div class=\"prose\">", StringComparison.Ordinal)..html.IndexOf("</article>", StringComparison.Ordinal)];

        InertHtml.AssertInert(prose);
        Assert.Contains("Hello", prose);
    }

    [Fact]
    public async Task Unknown_slug_returns_404_with_the_site_page()
    {
        var response = await app.CreateClient().GetAsync("/articles/no-such-story");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", html);
        Assert.Contains("SpaceCoopNews", html);
    }
}
