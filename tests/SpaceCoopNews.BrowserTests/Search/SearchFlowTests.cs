using System.Text.RegularExpressions;
using SpaceCoopNews.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SpaceCoopNews.BrowserTests.Search;

/// <summary>
/// A reader types in the header search box, takes an entity suggestion, narrows by agency and by
/// mission through the facets, and pages through the results.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchFlowTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task Reader_searches_from_a_suggestion_filters_by_agency_and_mission_and_pages_on()
    {
        // More Roscosmos + ISS stories than one result page holds (20).
        await fixture.App.AddTaggedStoriesAsync(24, "Crew rotation report",
            "Roscosmos and NASA rotated the crew of the International Space Station on schedule.");
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        var box = page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Searchbox);
        await box.PressSequentiallyAsync("Roscos");
        var suggestion = page.GetByRole(AriaRole.Listbox).GetByRole(AriaRole.Option).Filter(new() { HasText = "Roscosmos" }).First;
        await Expect(suggestion).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "search-flow-suggestion");
        await suggestion.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/search\?.*agency=roscosmos"));

        var activeFilters = page.GetByRole(AriaRole.List, new() { Name = "Active filters" });
        await Expect(activeFilters.GetByRole(AriaRole.Link)).ToHaveCountAsync(1);
        await Expect(activeFilters).ToContainTextAsync("Roscosmos");

        var facets = page.GetByRole(AriaRole.Complementary, new() { Name = "Narrow down" });
        await facets.GetByRole(AriaRole.Link, new() { Name = "International Space Station", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/search\?.*mission=iss"));
        await Expect(activeFilters.GetByRole(AriaRole.Link)).ToHaveCountAsync(2);
        await Expect(page.Locator(".result-count")).ToHaveTextAsync(new Regex(@"^\d+ stories$"));
        await Expect(page.Locator(".search-results > li")).ToHaveCountAsync(20);
        await Screenshots.SaveAsync(page, "search-flow-filtered");

        var resultPages = page.GetByRole(AriaRole.Navigation, new() { Name = "Result pages" });
        await resultPages.GetByRole(AriaRole.Link, new() { Name = "Next →" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/search\?.*page=2"));
        await Expect(resultPages).ToContainTextAsync("Page 2 of");
        await Expect(page.Locator(".search-results > li").First).ToBeVisibleAsync();
        await Expect(activeFilters.GetByRole(AriaRole.Link)).ToHaveCountAsync(2);
        await Screenshots.SaveAsync(page, "search-flow-page-2");
        PageErrors.AssertNone(page);
        await page.Context.CloseAsync();
    }
}
