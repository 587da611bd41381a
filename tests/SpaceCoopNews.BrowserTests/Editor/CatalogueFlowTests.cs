using System.Text.RegularExpressions;
using SpaceCoopNews.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SpaceCoopNews.BrowserTests.Editor;

/// <summary>An editor adds a catalogue entry and renames it; readers following the old address land on the new one.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CatalogueFlowTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task Editor_adds_and_renames_an_entry_and_the_old_address_leads_readers_to_it()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        var page = await Newsroom.SignedInEditorPageAsync(fixture);

        await page.GotoAsync("/editor/catalogue");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add an entry" }).ClickAsync();
        await page.WaitForURLAsync("**/editor/catalogue/new");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync($"Lunar Relay Agency {marker}");
        await page.Locator("#Form_Aliases").FillAsync($"LRA {marker}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/editor/catalogue/\d+\?saved=true"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved.");

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync($"Cislunar Relay Agency {marker}");
        await page.Locator("#Form_Slug").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/editor/catalogue/\d+\?saved=true"));
        await Expect(page.GetByText($"Old addresses that redirect here: lunar-relay-agency-{marker}")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "catalogue-flow-renamed");
        PageErrors.AssertNone(page);

        var reader = await fixture.NewPageAsync();
        await reader.GotoAsync($"/agencies/lunar-relay-agency-{marker}");
        await reader.WaitForURLAsync($"**/agencies/cislunar-relay-agency-{marker}");
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Cislunar Relay Agency {marker}");
        PageErrors.AssertNone(reader);
        await page.Context.CloseAsync();
        await reader.Context.CloseAsync();
    }
}
