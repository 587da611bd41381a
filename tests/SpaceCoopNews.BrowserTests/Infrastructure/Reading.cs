namespace SpaceCoopNews.BrowserTests.Infrastructure;

/// <summary>Well-known seeded content and page facts the flows read, so every test names the same things.</summary>
public static class Reading
{
    public const string SegaStory = "Former astronaut Ronald Sega: Russia and the US will explore Mars together";

    /// <summary>Pages every reader test can rely on: the seed loads them into each fresh app.</summary>
    public static readonly (string Name, string Path)[] ReaderPages =
    [
        ("home", "/"),
        ("story", "/articles/former-astronaut-ronald-sega-russia-and-the-us-will-explore-mars-together"),
        ("entity", "/people/sergei-krikalev"),
        ("index", "/agencies"),
        ("search", "/search?q=Krikalev&agency=nasa"),
        ("not-found", "/articles/no-such-story"),
    ];

    /// <summary>Whether the page scrolls sideways, the usual sign of a layout that does not fit a phone.</summary>
    public static Task<bool> OverflowsHorizontallyAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");

    /// <summary>
    /// Cumulative layout shift since navigation, read from Chromium's layout-shift entries after two
    /// rendered frames (the buffered entries are delivered by then).
    /// </summary>
    public static Task<double> LayoutShiftAsync(IPage page) => page.EvaluateAsync<double>("""
        () => new Promise(resolve => {
          let total = 0;
          const add = entries => { for (const e of entries) { if (!e.hadRecentInput) total += e.value; } };
          const observer = new PerformanceObserver(list => add(list.getEntries()));
          observer.observe({ type: 'layout-shift', buffered: true });
          requestAnimationFrame(() => requestAnimationFrame(() => { add(observer.takeRecords()); observer.disconnect(); resolve(total); }));
        })
        """);
}
