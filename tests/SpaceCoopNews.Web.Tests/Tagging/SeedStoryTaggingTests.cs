using System.Text.RegularExpressions;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Tagging;

public class SeedStoryTaggingTests(NewsAppFactory app) : IClassFixture<NewsAppFactory>
{
    private const string SeedStory = "/articles/former-astronaut-ronald-sega-russia-and-the-us-will-explore-mars-together";

    [Fact]
    public async Task Seed_story_links_the_agencies_and_people_it_names()
    {
        var html = await app.CreateClient().GetStringAsync(SeedStory);
        var links = EntityLinks(html);

        Assert.Contains("/agencies/nasa", links);
        Assert.Contains("/agencies/roscosmos", links);
        Assert.Contains("/agencies/esa", links);
        Assert.Contains("/people/ronald-sega", links);
        Assert.Contains("/people/sergei-krikalev", links);
    }

    [Fact]
    public async Task Seed_story_does_not_link_the_planet_mars_as_a_mission()
    {
        var html = await app.CreateClient().GetStringAsync(SeedStory);

        Assert.DoesNotContain(EntityLinks(html), l => l.StartsWith("/missions/mars", StringComparison.Ordinal) && !l.Contains("20"));
        Assert.DoesNotContain(">Mars<", html);
    }

    [Fact]
    public async Task Seed_story_chips_are_grouped_by_kind()
    {
        var html = await app.CreateClient().GetStringAsync(SeedStory);

        var agencies = html.IndexOf("<h3>Agencies</h3>", StringComparison.Ordinal);
        var people = html.IndexOf("<h3>People</h3>", StringComparison.Ordinal);
        Assert.True(agencies > 0 && people > agencies);
    }

    internal static IReadOnlyList<string> EntityLinks(string html) =>
        Regex.Matches(html, "class=\"chip chip-[a-z]+\" href=\"(/(?:agencies|missions|people)/[^\"]+)\"")
            .Select(m => m.Groups[1].Value).Distinct().ToList();
}
