using System.Runtime.CompilerServices;

namespace SpaceCoopNews.BrowserTests.Infrastructure;

/// <summary>Script errors and failed same-site requests seen by a page: a flow that "works" with them is broken.</summary>
public static class PageErrors
{
    private static readonly ConditionalWeakTable<IPage, List<string>> Errors = [];

    public static void Watch(IPage page)
    {
        var errors = Errors.GetOrCreateValue(page);
        page.PageError += (_, message) => errors.Add($"script error: {message}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"console error: {message.Text}");
            }
        };
    }

    public static void AssertNone(IPage page)
    {
        var errors = Errors.GetOrCreateValue(page);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
