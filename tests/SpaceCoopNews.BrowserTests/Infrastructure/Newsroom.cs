namespace SpaceCoopNews.BrowserTests.Infrastructure;

/// <summary>Signing editors in through the real form, as a person would.</summary>
public static class Newsroom
{
    public const string Password = "correct horse battery staple";

    public static async Task FillSignInFormAsync(IPage page, string email, string password)
    {
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>A new editor account and a page signed in as it, on the newsroom's front page.</summary>
    public static async Task<IPage> SignedInEditorPageAsync(BrowserFixture fixture, ColorScheme colorScheme = ColorScheme.Light)
    {
        var email = await fixture.App.CreateEditorAsync(Password);
        var page = await fixture.NewPageAsync(colorScheme);
        await page.GotoAsync("/account/sign-in?ReturnUrl=%2Feditor");
        await FillSignInFormAsync(page, email, Password);
        await page.WaitForURLAsync("**/editor");
        return page;
    }
}
