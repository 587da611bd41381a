using SpaceCoopNews.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SpaceCoopNews.BrowserTests.Reader;

/// <summary>Reading needs no JavaScript: links and the search form are plain HTML.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NoScriptTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task Reader_flow_works_with_javascript_off()
    {
        var page = await fixture.NewPageAsync(javaScript: false);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = Reading.SegaStory }).ClickAsync();
        await page.WaitForURLAsync("**/articles/*");
        await page.GetByRole(AriaRole.Complementary, new() { Name = "In this story" }).GetByRole(AriaRole.Link, new() { Name = "NASA" }).ClickAsync();
        await page.WaitForURLAsync("**/agencies/nasa");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("NASA");

        var search = page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Searchbox);
        await search.FillAsync("Krikalev");
        await search.PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=Krikalev");
        await Screenshots.SaveAsync(page, "noscript-flow-search");
        await page.Context.CloseAsync();
    }
}
