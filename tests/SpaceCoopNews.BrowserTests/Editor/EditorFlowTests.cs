using SpaceCoopNews.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SpaceCoopNews.BrowserTests.Editor;

/// <summary>An editor signs in through the real form and works in the newsroom.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EditorFlowTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task Editor_signs_in_from_a_protected_page_and_lands_in_the_newsroom()
    {
        var email = await fixture.App.CreateEditorAsync(Newsroom.Password);
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/editor");
        await page.WaitForURLAsync("**/account/sign-in?*");
        await Newsroom.FillSignInFormAsync(page, email, Newsroom.Password);
        await page.WaitForURLAsync("**/editor");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Newsroom" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "editor-flow-newsroom");
        PageErrors.AssertNone(page);
        await page.Context.CloseAsync();
    }
}
