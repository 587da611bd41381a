using SpaceCoopNews.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SpaceCoopNews.BrowserTests.Layout;

/// <summary>Every page carries the same header, is styled, and does not jump while it loads.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task Every_reader_page_has_the_header_with_navigation_and_search_and_no_layout_shift()
    {
        var page = await fixture.NewPageAsync();
        foreach (var (name, path) in Reading.ReaderPages)
        {
            await page.GotoAsync(path);
            var header = page.GetByRole(AriaRole.Banner);
            await Expect(header.GetByRole(AriaRole.Link, new() { Name = "SpaceCoopNews" })).ToBeVisibleAsync();
            await Expect(header.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link))
                .ToHaveTextAsync(["Latest", "Agencies", "Missions", "People"]);
            await Expect(header.GetByRole(AriaRole.Search).GetByRole(AriaRole.Searchbox)).ToBeVisibleAsync();
            Assert.Contains("system-ui", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily"));
            Assert.True(await Reading.LayoutShiftAsync(page) < 0.01, $"{name} ({path}) shifts while loading");
        }
        PageErrors.AssertNone(page);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Current_section_is_marked_in_the_navigation()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/missions");
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Missions" })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Latest" })).Not.ToHaveAttributeAsync("aria-current", "page");
        await page.Context.CloseAsync();
    }
}
