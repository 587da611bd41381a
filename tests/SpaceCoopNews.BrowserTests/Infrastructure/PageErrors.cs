using System.Runtime.CompilerServices;

namespace SpaceCoopNews.BrowserTests.Infrastructure;

/// <summary>
/// Script errors and failed sub-resources (styles, scripts, images) seen by a page: a flow that
/// "works" with them is broken. The document's own status is the test's business (a 404 page is fine).
/// </summary>
public static class PageErrors
{
    private static readonly ConditionalWeakTable<IPage, List<string>> Errors = [];

    public static void Watch(IPage page)
    {
        var errors = Errors.GetOrCreateValue(page);
        page.PageError += (_, message) => errors.Add($"script error on {page.Url}: {message}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document")
            {
                errors.Add($"{response.Status} for {response.Request.ResourceType} {response.Url} on {page.Url}");
            }
        };
        page.RequestFailed += (_, request) =>
        {
            // A script that aborts its own stale fetch (suggestions while typing) is working as meant.
            if (request.Failure is not null && !request.Failure.Contains("ERR_ABORTED", StringComparison.Ordinal))
            {
                errors.Add($"request failed: {request.Url} ({request.Failure})");
            }
        };
        page.Console += (_, message) =>
        {
            // Failed loads are reported above with their URL; other console errors come from scripts.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                errors.Add($"console error on {page.Url}: {message.Text}");
            }
        };
    }

    public static void AssertNone(IPage page)
    {
        var errors = Errors.GetOrCreateValue(page);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
