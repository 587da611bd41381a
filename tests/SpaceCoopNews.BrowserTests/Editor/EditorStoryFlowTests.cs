using System.Text.RegularExpressions;
using SpaceCoopNews.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SpaceCoopNews.BrowserTests.Editor;

/// <summary>
/// An editor writes a story, previews it, confirms a tag the service suggested and publishes it;
/// readers then find it on the front page, on the entity's page and in search.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EditorStoryFlowTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task Editor_writes_previews_tags_and_publishes_a_story_readers_then_find()
    {
        // One word no other story has, so search finds exactly this story.
        var marker = "orbitcheck" + Guid.NewGuid().ToString("N")[..8];
        var title = $"Sergei Krikalev opens the Roscosmos training season ({marker})";
        var page = await Newsroom.SignedInEditorPageAsync(fixture);

        await page.GetByRole(AriaRole.Link, new() { Name = "Write a story" }).ClickAsync();
        await page.WaitForURLAsync("**/editor/stories");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Summary").FillAsync("The veteran cosmonaut welcomed this year's crews to Star City.");
        await page.GetByLabel("Body (Markdown)").FillAsync(
            $"Sergei Krikalev, the Roscosmos veteran of Mir and the International Space Station, opened the training season ({marker}).");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        var preview = page.GetByRole(AriaRole.Region, new() { Name = "Preview (not saved)" });
        await Expect(preview).ToContainTextAsync("opened the training season");
        await Screenshots.SaveAsync(page, "editor-flow-preview");

        await page.GetByLabel("Publication", new() { Exact = true }).SelectOptionAsync("Published");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/editor/stories/\d+"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved.");

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("suggested entit") }).ClickAsync();
        await page.WaitForURLAsync("**/entities");
        var krikalev = page.Locator("li.entity-link").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Sergei Krikalev" }) });
        await Expect(krikalev).ToContainTextAsync("Suggested");
        await krikalev.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Expect(page.Locator("li.entity-link").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Sergei Krikalev" }) }))
            .ToContainTextAsync("Confirmed");
        await Screenshots.SaveAsync(page, "editor-flow-entities");
        PageErrors.AssertNone(page);

        var reader = await fixture.NewPageAsync();
        await reader.GotoAsync("/");
        await Expect(reader.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
        await reader.GotoAsync("/people/sergei-krikalev");
        await Expect(reader.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
        await reader.GotoAsync($"/search?q={marker}");
        await Expect(reader.Locator(".search-results .story-title")).ToHaveTextAsync([new Regex(Regex.Escape(marker))]);
        await Screenshots.SaveAsync(reader, "editor-flow-story-in-search");
        PageErrors.AssertNone(reader);
        await reader.Context.CloseAsync();
        await page.Context.CloseAsync();
    }
}
