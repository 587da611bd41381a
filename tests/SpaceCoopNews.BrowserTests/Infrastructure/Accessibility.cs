using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace SpaceCoopNews.BrowserTests.Infrastructure;

/// <summary>Runs axe-core in the page and fails on any serious or critical violation, naming rule and elements.</summary>
public static class Accessibility
{
    private static readonly HashSet<string> Blocking = ["serious", "critical"];

    // Only violations come back in full; passes are the bulk of a result and cost seconds to serialize.
    private static readonly AxeRunOptions Options = new() { ResultTypes = [ResultType.Violations] };

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        // RunAxe opens a second page (a new browser context) per call to merge per-frame results, which
        // costs ~8 s here against ~1 s for one axe.run in the page; our pages have no frames to merge.
#pragma warning disable CS0618 // legacy mode is the single in-page axe.run; version pinned in Directory.Packages.props
        var result = await page.RunAxeLegacy(options: Options);
#pragma warning restore CS0618
        var blocking = result.Violations.Where(v => v.Impact is not null && Blocking.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, $"axe on {page.Url}:{Environment.NewLine}{Describe(blocking)}");
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) => string.Join(Environment.NewLine,
        violations.Select(v => $"[{v.Impact}] {v.Id}: {v.Help}{Environment.NewLine}" + string.Join(Environment.NewLine,
            v.Nodes.Take(5).Select(n => $"    {n.Target} {n.Html} — {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}"))));
}
