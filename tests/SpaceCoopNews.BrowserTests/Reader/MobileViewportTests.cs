using SpaceCoopNews.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SpaceCoopNews.BrowserTests.Reader;

/// <summary>On a 390×844 phone the reader pages fit the screen and keep header, navigation and search.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MobileViewportTests(BrowserFixture fixture)
{
    [BrowserFact]
    public Task Reader_pages_fit_a_phone_in_light_theme() => CheckAsync(ColorScheme.Light);

    [BrowserFact]
    public Task Reader_pages_fit_a_phone_in_dark_theme() => CheckAsync(ColorScheme.Dark);

    private async Task CheckAsync(ColorScheme scheme)
    {
        var page = await fixture.NewPageAsync(scheme, width: 390, height: 844);
        var theme = scheme.ToString().ToLowerInvariant();
        foreach (var (name, path) in Reading.ReaderPages)
        {
            await page.GotoAsync(path);
            await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })).ToBeInViewportAsync();
            await Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Searchbox)).ToBeInViewportAsync();
            Assert.False(await Reading.OverflowsHorizontallyAsync(page), $"{name} ({path}) scrolls sideways at 390 px");
            await Screenshots.SaveAsync(page, $"{name}-{theme}-390");
        }
        PageErrors.AssertNone(page);
        await page.Context.CloseAsync();
    }
}
