using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace SpaceCoopNews.BrowserTests.Infrastructure;

/// <summary>Runs axe-core in the page and fails on any serious or critical violation, naming rule and elements.</summary>
public static class Accessibility
{
    private static readonly HashSet<string> Blocking = ["serious", "critical"];

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => v.Impact is not null && Blocking.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, $"axe on {page.Url}:{Environment.NewLine}{Describe(blocking)}");
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) => string.Join(Environment.NewLine,
        violations.Select(v => $"[{v.Impact}] {v.Id}: {v.Help}{Environment.NewLine}" + string.Join(Environment.NewLine,
            v.Nodes.Take(5).Select(n => $"    {n.Target} {n.Html} — {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}"))));
}
