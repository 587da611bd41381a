using SpaceCoopNews.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SpaceCoopNews.BrowserTests.Reader;

/// <summary>A reader goes from the front page to a story, to an entity it mentions, and finds its feed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReaderFlowTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task Reader_goes_from_home_to_story_to_entity_page_and_its_feed()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Latest space news", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link)).ToHaveTextAsync(["Latest", "Agencies", "Missions", "People"]);
        await Expect(page.GetByRole(AriaRole.Searchbox, new() { Name = "Search stories" })).ToBeVisibleAsync();

        var storyLink = page.GetByRole(AriaRole.Link, new() { Name = "Former astronaut Ronald Sega: Russia and the US will explore Mars together" });
        await storyLink.ClickAsync();
        await page.WaitForURLAsync("**/articles/*");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Ronald Sega");

        var chips = page.GetByRole(AriaRole.Complementary, new() { Name = "In this story" });
        var krikalev = chips.GetByRole(AriaRole.Link, new() { Name = "Sergei Krikalev" });
        await Expect(krikalev).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bchip-person\b"));
        await krikalev.ClickAsync();
        await page.WaitForURLAsync("**/people/*");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sergei Krikalev", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Former astronaut Ronald Sega: Russia and the US will explore Mars together" })).ToBeVisibleAsync();

        var feedLink = page.GetByRole(AriaRole.Link, new() { Name = "Follow Sergei Krikalev (RSS feed)" });
        await Expect(feedLink).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"^/people/[a-z0-9-]+/feed\.xml$"));
        await Screenshots.SaveAsync(page, "reader-flow-entity-page");

        var feed = await page.APIRequest.GetAsync((await feedLink.GetAttributeAsync("href"))!);
        Assert.Equal(200, feed.Status);
        Assert.Contains("xml", feed.Headers["content-type"]);
        Assert.Contains("Sergei Krikalev", await feed.TextAsync());
        PageErrors.AssertNone(page);
        await page.Context.CloseAsync();
    }
}
