namespace SpaceCoopNews.BrowserTests.Infrastructure;

/// <summary>Debian's Chromium, the only browser these tests drive (Playwright's own downloads are never used).</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string HowToEnable =
        "Browser tests need Chromium at /usr/bin/chromium: install it with `apt-get install -y chromium` " +
        "(set REQUIRE_BROWSER=1 to make its absence a failure instead of a skip).";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>CI sets REQUIRE_BROWSER=1 so that a missing browser fails the run instead of skipping it.</summary>
    public static bool IsRequired => Environment.GetEnvironmentVariable("REQUIRE_BROWSER") == "1";

    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync",
        ],
    };
}
