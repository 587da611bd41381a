using SpaceCoopNews.BrowserTests.Infrastructure;

namespace SpaceCoopNews.BrowserTests.Accessibility;

/// <summary>axe-core finds no serious or critical problem on the sign-in and editor pages, in both themes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NewsroomAccessibilityTests(BrowserFixture fixture)
{
    /// <summary>Editor pages reachable from the newsroom's front page without creating anything.</summary>
    private static readonly string[] EditorPages = ["/editor", "/editor/stories", "/editor/stories/1", "/editor/stories/1/entities", "/editor/stories/1/history", "/editor/catalogue", "/editor/catalogue/new", "/editor/catalogue/1"];

    [BrowserFact]
    public Task Sign_in_and_editor_pages_have_no_serious_axe_violations_in_light_theme() => CheckAsync(ColorScheme.Light);

    [BrowserFact]
    public Task Sign_in_and_editor_pages_have_no_serious_axe_violations_in_dark_theme() => CheckAsync(ColorScheme.Dark);

    private async Task CheckAsync(ColorScheme scheme)
    {
        var theme = scheme.ToString().ToLowerInvariant();
        var failures = new List<string>();

        var anonymous = await fixture.NewPageAsync(scheme);
        await anonymous.GotoAsync("/account/sign-in");
        await Screenshots.SaveAsync(anonymous, $"sign-in-{theme}-1280");
        await CollectAsync(anonymous, failures);
        await anonymous.Context.CloseAsync();

        var editor = await Newsroom.SignedInEditorPageAsync(fixture, scheme);
        foreach (var path in EditorPages)
        {
            await editor.GotoAsync(path);
            await Screenshots.SaveAsync(editor, $"editor{path.Replace('/', '-')}-{theme}-1280");
            await CollectAsync(editor, failures);
        }
        await editor.Context.CloseAsync();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static async Task CollectAsync(IPage page, List<string> failures)
    {
        try
        {
            await Infrastructure.Accessibility.AssertNoSeriousViolationsAsync(page);
        }
        catch (Xunit.Sdk.XunitException e)
        {
            failures.Add(e.Message);
        }
    }
}
