namespace SpaceCoopNews.BrowserTests.Infrastructure;

/// <summary>
/// One app and one Chromium for the whole collection (starting a browser costs more than most
/// tests); every test gets its own browser context, so cookies and storage never leak between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public LiveNewsApp App { get; } = new();

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled)
        {
            // Tests are skipped (or fail with the reason, under REQUIRE_BROWSER=1): start nothing.
            return;
        }
        App.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(Chromium.LaunchOptions);
    }

    /// <summary>A fresh context (cookies, storage) on the app, in the given theme and viewport.</summary>
    public async Task<IPage> NewPageAsync(ColorScheme colorScheme = ColorScheme.Light, int width = 1280, int height = 800, bool javaScript = true)
    {
        if (_browser is null)
        {
            throw new InvalidOperationException(Chromium.HowToEnable);
        }
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress.ToString(),
            ColorScheme = colorScheme,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        PageErrors.Watch(page);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
