using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Tests.Import;

/// <summary>RSS 2.0, Atom and JSON Feed fixtures import item by item, cleaned; bad items are rejected with a reason.</summary>
public class FeedFormatTests(ImportAppFactory app) : IClassFixture<ImportAppFactory>
{
    [Fact]
    public async Task Rss_fixture_imports_its_valid_items_and_rejects_the_rest_with_reasons()
    {
        var summary = await app.ImportAsync(await File.ReadAllTextAsync(ImportAppFactory.Fixture("rss-orbital.xml")));

        Assert.Equal("RSS 2.0", summary.Format);
        Assert.Equal((3, 0, 3), (summary.New, summary.Duplicate, summary.Rejected));
        Assert.Contains(summary.Rejections, r => r.StartsWith("item 4:") && r.Contains("no title"));
        Assert.Contains(summary.Rejections, r => r.StartsWith("item 5:") && r.Contains("04/03/2021"));
        Assert.Contains(summary.Rejections, r => r.StartsWith("item 6:") && r.Contains("no link"));

        var soyuz = Stored("https://orbital.example/2024/03/soyuz-ms-25-docks?utm_source=rss&utm_medium=feed");
        Assert.Equal("Soyuz MS-25 docks with the ISS…", soyuz.Title);
        Assert.Equal("The crew called it \"textbook\" … right on time.", soyuz.Summary);
        Assert.Equal("Ana Ortiz", soyuz.Author);
        Assert.Equal(new DateTime(2024, 3, 25, 15, 3, 0, DateTimeKind.Utc), soyuz.PublishedAt);
        Assert.Equal("https://orbital.example/2024/03/soyuz-ms-25-docks", soyuz.CanonicalUrl);
        Assert.Equal(ArticleStatus.Published, soyuz.Status);

        // EDT on a February date is taken at its word (UTC−4), and a time without seconds is fine.
        var artemis = Stored("https://orbital.example/2024/02/artemis-ii-training");
        Assert.Equal(new DateTime(2024, 2, 15, 13, 30, 0, DateTimeKind.Utc), artemis.PublishedAt);
        Assert.Equal("Training & simulations at JSC.", artemis.Summary);

        var gateway = Stored("https://orbital.example/2024/01/gateway-ships");
        Assert.Equal(new DateTime(2024, 1, 10, 7, 0, 0, DateTimeKind.Utc), gateway.PublishedAt);
    }

    [Fact]
    public async Task Rss_content_is_sanitized_and_stored_as_markdown_with_absolute_links()
    {
        // Its own app: the class's shared one may have imported this fixture already.
        using var own = new ImportAppFactory();
        await own.ImportAsync(await File.ReadAllTextAsync(ImportAppFactory.Fixture("rss-orbital.xml")));
        var soyuz = own.WithDb(db => db.Articles.Single(a => a.Title.StartsWith("Soyuz")));

        Assert.Contains("**Soyuz MS-25**", soyuz.BodyMarkdown);
        Assert.Contains("[station](https://orbital.example/iss)", soyuz.BodyMarkdown);
        Assert.Contains("<strong>Soyuz MS-25</strong>", soyuz.BodyHtml);
        Assert.Contains("<img src=\"https://orbital.example/img/dock.jpg\" alt=\"Docking\"", soyuz.BodyHtml);
        foreach (var banned in new[] { "<script", "alert", "onclick", "javascript:", "<form", "<input", "position:fixed", "style=" })
        {
            Assert.DoesNotContain(banned, soyuz.BodyHtml, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Atom_fixture_resolves_xml_base_reads_text_constructs_and_refuses_a_javascript_base()
    {
        var summary = await app.ImportAsync(await File.ReadAllTextAsync(ImportAppFactory.Fixture("atom-stellar.xml")));

        Assert.Equal("Atom 1.0", summary.Format);
        Assert.Equal((3, 0, 1), (summary.New, summary.Duplicate, summary.Rejected));
        Assert.Contains(summary.Rejections, r => r.StartsWith("item 3:") && r.Contains("javascript"));
        Assert.DoesNotContain(app.Articles(), a => a.SourceUrl!.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));

        var rover = Stored("https://stellar.example/news/perseverance-organics");
        Assert.Equal("Perseverance finds organic molecules", rover.Title);
        Assert.Equal(new DateTime(2024, 3, 20, 16, 0, 0, DateTimeKind.Utc), rover.PublishedAt);
        Assert.Equal("Stellar Desk", rover.Author);
        Assert.Contains("[Jezero](https://stellar.example/news/jezero)", rover.BodyMarkdown);
        Assert.Contains("*promising*", rover.BodyMarkdown);

        // No <published>: <updated> is the date, never 0001-01-01.
        var exomars = Stored("https://stellar.example/news/exomars-relay#comments");
        Assert.Equal(new DateTime(2024, 3, 21, 8, 15, 0, DateTimeKind.Utc), exomars.PublishedAt);
        Assert.Equal("https://stellar.example/news/exomars-relay", exomars.CanonicalUrl);
        Assert.Contains("<strong>rover</strong>", exomars.BodyHtml);

        // An empty date falls back to the time of the fetch.
        var undated = Stored("https://stellar.example/news/empty-date");
        Assert.True(undated.PublishedAt > DateTime.UtcNow.AddHours(-1));
    }

    [Fact]
    public async Task Json_feed_fixture_imports_items_without_id_and_with_rfc822_dates()
    {
        var summary = await app.ImportAsync(await File.ReadAllTextAsync(ImportAppFactory.Fixture("json-rocketnotes.json")));

        Assert.Equal("JSON Feed", summary.Format);
        Assert.Equal((2, 0, 1), (summary.New, summary.Duplicate, summary.Rejected));

        var falcon = Stored("https://rocketnotes.example/falcon-9-crew-8");
        Assert.Equal(new DateTime(2024, 3, 4, 3, 53, 0, DateTimeKind.Utc), falcon.PublishedAt);
        Assert.Equal("R. Kim", falcon.Author);
        Assert.DoesNotContain("iframe", falcon.BodyHtml);

        var dragon = Stored("https://rocketnotes.example/crew-dragon-docks");
        Assert.Equal("Docked & ready", dragon.Summary);
        Assert.Contains(@"Hatch opening \*next\*.", dragon.BodyMarkdown);
        Assert.Contains("<p>Docking confirmed.</p>", dragon.BodyHtml);
    }

    [Fact]
    public async Task Double_escaped_and_numeric_entities_in_titles_are_decoded_once_into_text()
    {
        var feed = Rss.Feed(Rss.Item("NASA &amp;amp;quot;go&amp;amp;quot; for launch &#8212; ESA&amp;#39;s view", "https://entities.example/1", "Tue, 26 Mar 2024 10:00:00 +0200"));

        await app.ImportAsync(feed);

        var story = Stored("https://entities.example/1");
        Assert.Equal("NASA \"go\" for launch — ESA's view", story.Title);
        Assert.Equal(new DateTime(2024, 3, 26, 8, 0, 0, DateTimeKind.Utc), story.PublishedAt);
    }

    private Article Stored(string sourceUrl) => app.WithDb(db => db.Articles.Single(a => a.SourceUrl == sourceUrl));
}
