using System.Net;
using System.Text.RegularExpressions;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Pages.Entities;

public class DetailsTests(NewsAppFactory app) : IClassFixture<NewsAppFactory>
{
    [Fact]
    public async Task Entity_page_shows_description_chart_and_co_mention_counts()
    {
        var html = await app.CreateClient().GetStringAsync("/agencies/roscosmos");

        Assert.Contains("<h1>Roscosmos</h1>", html);
        Assert.Contains("<svg class=\"mention-chart\"", html);
        Assert.Contains("Most often mentioned with Roscosmos", html);
        var nasaCount = Regex.Match(html, "href=\"/agencies/nasa\">.*?</a> <span class=\"count\">(\\d+) stor");
        Assert.True(nasaCount.Success, "NASA is listed among co-mentioned entities with a count");
        Assert.True(int.Parse(nasaCount.Groups[1].Value) >= 2);
        Assert.Contains("Russian Space Agency", html);
    }

    [Fact]
    public async Task Entity_page_lists_its_stories_newest_first()
    {
        var html = await app.CreateClient().GetStringAsync("/people/sergei-krikalev");

        var expedition = html.IndexOf("Expedition 1 moves in", StringComparison.Ordinal);
        var sts60 = html.IndexOf("STS-60 carries the first Russian cosmonaut", StringComparison.Ordinal);
        Assert.True(expedition > 0 && sts60 > expedition);
        Assert.Contains("href=\"/people/sergei-krikalev/feed.xml\"", html);
    }

    [Fact]
    public async Task Person_page_shows_related_missions_from_the_catalogue()
    {
        var html = await app.CreateClient().GetStringAsync("/people/ronald-sega");

        Assert.Contains("href=\"/missions/sts-60\"", html);
        Assert.Contains("href=\"/agencies/nasa\"", html);
    }

    [Fact]
    public async Task Unknown_entity_gives_404()
    {
        var response = await app.CreateClient().GetAsync("/missions/no-such-mission");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Entity_under_the_wrong_section_redirects_permanently()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/missions/nasa");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/agencies/nasa", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Index_lists_every_agency_with_story_counts()
    {
        var html = await app.CreateClient().GetStringAsync("/agencies");

        Assert.Contains("<h1 class=\"page-title\">Agencies</h1>", html);
        Assert.Matches("href=\"/agencies/nasa\">NASA</a>.*?<span class=\"count\">\\d+ stories</span>", html.Replace("\n", " "));
        Assert.True(Regex.Matches(html, "href=\"/agencies/").Count >= 35);
    }
}
