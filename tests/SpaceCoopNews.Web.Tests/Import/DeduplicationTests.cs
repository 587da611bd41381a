namespace SpaceCoopNews.Web.Tests.Import;

/// <summary>The three kinds of duplicate: same canonical URL, same content, same title from another source within a day.</summary>
public class DeduplicationTests(ImportAppFactory app) : IClassFixture<ImportAppFactory>
{
    [Fact]
    public async Task Reimporting_the_same_feed_adds_nothing()
    {
        var feed = await File.ReadAllTextAsync(ImportAppFactory.Fixture("json-rocketnotes.json"));
        var source = await app.AddSourceAsync("Rocket Notes", "https://rocketnotes.example/feed.json");

        var first = await app.ImportAsync(feed, source);
        var countAfterFirst = app.Articles().Count;
        var second = await app.ImportAsync(feed, source);

        Assert.Equal(2, first.New);
        Assert.Equal((0, 2, 1), (second.New, second.Duplicate, second.Rejected));
        Assert.Equal(countAfterFirst, app.Articles().Count);
    }

    [Fact]
    public async Task A_link_differing_only_by_tracking_parameters_fragment_and_host_case_is_a_duplicate()
    {
        var a = await app.AddSourceAsync("Url A", "https://url-a.example/feed");
        var b = await app.AddSourceAsync("Url B", "https://url-b.example/feed");
        await app.ImportAsync(Rss.Feed(Rss.Item("Starliner returns", "https://news.example/starliner?id=7&amp;utm_source=rss", "Mon, 01 Apr 2024 10:00:00 GMT", "First telling.")), a);

        var summary = await app.ImportAsync(Rss.Feed(Rss.Item("Boeing capsule back on Earth", "HTTPS://NEWS.Example/starliner?fbclid=abc&amp;id=7&amp;utm_campaign=x&amp;gclid=1#top", "Fri, 05 Apr 2024 10:00:00 GMT", "A different write-up.")), b);

        Assert.Equal((0, 1), (summary.New, summary.Duplicate));
        Assert.Single(app.Articles(), s => s.CanonicalUrl == "https://news.example/starliner?id=7");
    }

    [Fact]
    public async Task The_same_title_and_body_under_another_link_is_a_duplicate_by_content_hash()
    {
        var a = await app.AddSourceAsync("Hash A", "https://hash-a.example/feed");
        var b = await app.AddSourceAsync("Hash B", "https://hash-b.example/feed");
        await app.ImportAsync(Rss.Feed(Rss.Item("Vega-C returns to flight", "https://hash-a.example/vega-c", "Mon, 01 Apr 2024 10:00:00 GMT", "&lt;p&gt;Arianespace flies &lt;b&gt;Vega-C&lt;/b&gt; again.&lt;/p&gt;")), a);

        // Weeks later, other markup, case and punctuation: the same words all the same.
        var summary = await app.ImportAsync(Rss.Feed(Rss.Item("VEGA-C RETURNS TO FLIGHT!", "https://hash-b.example/2024/vega", "Mon, 29 Apr 2024 10:00:00 GMT", "Arianespace flies Vega C again")), b);

        Assert.Equal((0, 1), (summary.New, summary.Duplicate));
    }

    [Fact]
    public async Task The_same_title_from_another_source_within_24_hours_is_a_near_duplicate_but_not_later()
    {
        var a = await app.AddSourceAsync("Near A", "https://near-a.example/feed");
        var b = await app.AddSourceAsync("Near B", "https://near-b.example/feed");
        await app.ImportAsync(Rss.Feed(Rss.Item("Hubble enters safe mode", "https://near-a.example/hubble", "Mon, 01 Apr 2024 10:00:00 GMT", "Gyro trouble again.")), a);

        var within = await app.ImportAsync(Rss.Feed(Rss.Item("Hubble Enters Safe Mode", "https://near-b.example/hubble-safe", "Tue, 02 Apr 2024 08:00:00 GMT", "The telescope paused science.")), b);
        var later = await app.ImportAsync(Rss.Feed(Rss.Item("Hubble enters safe mode", "https://near-b.example/hubble-again", "Fri, 05 Apr 2024 08:00:00 GMT", "It happened once more.")), b);

        Assert.Equal((0, 1), (within.New, within.Duplicate));
        Assert.Equal((1, 0), (later.New, later.Duplicate));
    }

    [Fact]
    public async Task Items_repeated_inside_one_feed_are_stored_once()
    {
        var item = Rss.Item("Tianzhou 7 docks", "https://repeat.example/tianzhou-7", "Mon, 01 Apr 2024 10:00:00 GMT");

        var summary = await app.ImportAsync(Rss.Feed(item, item));

        Assert.Equal((1, 1), (summary.New, summary.Duplicate));
    }
}
