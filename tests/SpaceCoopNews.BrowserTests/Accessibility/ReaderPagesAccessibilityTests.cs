using SpaceCoopNews.BrowserTests.Infrastructure;

namespace SpaceCoopNews.BrowserTests.Accessibility;

/// <summary>axe-core finds no serious or critical problem on the reader pages, in the light and the dark theme.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReaderPagesAccessibilityTests(BrowserFixture fixture)
{
    [BrowserFact]
    public Task Reader_pages_have_no_serious_axe_violations_in_light_theme() => CheckAsync(ColorScheme.Light);

    [BrowserFact]
    public Task Reader_pages_have_no_serious_axe_violations_in_dark_theme() => CheckAsync(ColorScheme.Dark);

    private async Task CheckAsync(ColorScheme scheme)
    {
        var page = await fixture.NewPageAsync(scheme);
        var theme = scheme.ToString().ToLowerInvariant();
        var failures = new List<string>();
        foreach (var (name, path) in Reading.ReaderPages)
        {
            await page.GotoAsync(path);
            await Screenshots.SaveAsync(page, $"{name}-{theme}-1280");
            try
            {
                await Infrastructure.Accessibility.AssertNoSeriousViolationsAsync(page);
            }
            catch (Xunit.Sdk.XunitException e)
            {
                failures.Add(e.Message);
            }
        }
        await page.Context.CloseAsync();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [BrowserFact]
    public async Task Axe_check_reports_low_contrast_text()
    {
        // Guards the guard: a check that silently passes everything would make the tests above worthless.
        var page = await fixture.NewPageAsync();
        await page.SetContentAsync("""
            <!DOCTYPE html><html lang="en"><head><title>Contrast</title></head>
            <body><main><p style="color:#bbb;background:#fff">Barely visible</p></main></body></html>
            """);
        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => Infrastructure.Accessibility.AssertNoSeriousViolationsAsync(page));
        Assert.Contains("color-contrast", failure.Message);
        await page.Context.CloseAsync();
    }
}
