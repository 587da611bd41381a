using SpaceCoopNews.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SpaceCoopNews.BrowserTests.Reader;

/// <summary>The reader flow with the keyboard alone: skip link, Tab to a story, Enter, Tab to a chip, Enter.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardNavigationTests(BrowserFixture fixture)
{
    private const int MaxTabs = 80;

    [BrowserFact]
    public async Task Keyboard_reader_skips_to_content_opens_a_story_and_follows_a_chip()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        await AssertFocusIsVisibleAsync(page);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main")).ToBeFocusedAsync();

        // The first Tab after skipping lands in the content, on the newest story.
        await page.Keyboard.PressAsync("Tab");
        var firstStory = page.Locator(".story-title a").First;
        await Expect(firstStory).ToBeFocusedAsync();
        await AssertFocusIsVisibleAsync(page);
        var storyTitle = await firstStory.TextContentAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/articles/*");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(storyTitle!);

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await TabUntilAsync(page, ".story-entities .chip");
        await AssertFocusIsVisibleAsync(page);
        var chipPath = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        await Screenshots.SaveAsync(page, "keyboard-flow-chip-focused");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**" + chipPath);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        PageErrors.AssertNone(page);
        await page.Context.CloseAsync();
    }

    private static async Task TabUntilAsync(IPage page, string selector)
    {
        for (var i = 0; i < MaxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }
        }
        Assert.Fail($"{MaxTabs} presses of Tab never reached {selector} on {page.Url}");
    }

    /// <summary>The focused element shows an outline a sighted keyboard user can see.</summary>
    private static async Task AssertFocusIsVisibleAsync(IPage page)
    {
        var outline = await page.EvaluateAsync<string>("""
            () => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }
            """);
        Assert.False(outline.StartsWith("none") || outline.EndsWith(" 0px"), $"focus outline is '{outline}'");
    }
}
