namespace SpaceCoopNews.BrowserTests.Infrastructure;

/// <summary>
/// A fact that needs Chromium: skipped, with instructions, when the browser is missing, unless
/// REQUIRE_BROWSER=1 asks for a failure instead (xunit 2 has no dynamic skip, so it is decided here).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.IsRequired)
        {
            Skip = Chromium.HowToEnable;
        }
    }
}
