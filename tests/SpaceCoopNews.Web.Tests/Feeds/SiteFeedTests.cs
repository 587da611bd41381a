using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Feeds;

public class SiteFeedTests(FeedsAppFactory app) : IClassFixture<FeedsAppFactory>
{
    [Theory]
    [InlineData("/feed.xml", "application/rss+xml")]
    [InlineData("/atom.xml", "application/atom+xml")]
    public async Task Site_feed_parses_and_lists_the_50_newest_published_stories(string path, string mediaType)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var feed = await LoadAsync(response);
        var slugs = feed.Items.Select(SlugOf).ToList();
        Assert.Equal(Enumerable.Range(1, 50).Select(i => $"story-{i:00}"), slugs);
    }

    [Theory]
    [InlineData("/feed.xml", "application/rss+xml")]
    [InlineData("/atom.xml", "application/atom+xml")]
    public async Task A_HEAD_request_gets_the_feed_headers_without_the_body(string path, string mediaType)
    {
        var get = await app.CreateClient().GetAsync(path);
        var head = await app.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(mediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/atom.xml")]
    public async Task Site_feed_leaves_out_drafts_and_future_stories(string path)
    {
        var feed = await LoadAsync(await app.CreateClient().GetAsync(path));

        Assert.DoesNotContain(feed.Items, i => SlugOf(i) is "draft-story" or "future-story");
    }

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/atom.xml")]
    public async Task Items_have_absolute_links_dates_and_entities_as_categories(string path)
    {
        var feed = await LoadAsync(await app.CreateClient().GetAsync(path));

        var first = feed.Items.First();
        Assert.Equal("Story 01", first.Title.Text);
        Assert.Equal(new Uri("http://localhost/articles/story-01"), first.Links.Single(l => l.RelationshipType is null or "alternate").Uri);
        Assert.Equal(TruncateToSeconds(app.Now.AddHours(-1)), first.PublishDate.UtcDateTime);
        Assert.Equal(new[] { app.Iss.Name, app.Nasa.Name }.Order(), first.Categories.Select(c => c.Label ?? c.Name).Order());
        // A rejected link is not a category.
        Assert.Empty(feed.Items.Single(i => SlugOf(i) == "story-02").Categories);
    }

    [Fact]
    public async Task Rss_dates_are_rfc_822_in_gmt_and_atom_dates_are_rfc_3339()
    {
        var client = app.CreateClient();

        var rss = XDocument.Parse(await client.GetStringAsync("/feed.xml"));
        var atom = XDocument.Parse(await client.GetStringAsync("/atom.xml"));

        var pubDate = rss.Descendants("pubDate").First().Value;
        Assert.Equal(TruncateToSeconds(app.Now.AddHours(-1)).ToString("R"), pubDate);
        XNamespace a = "http://www.w3.org/2005/Atom";
        var published = atom.Descendants(a + "published").First().Value;
        Assert.Equal(TruncateToSeconds(app.Now.AddHours(-1)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"), published);
    }

    [Fact]
    public async Task Rss_feed_points_to_itself_and_carries_the_full_body()
    {
        var rss = XDocument.Parse(await app.CreateClient().GetStringAsync("/feed.xml"));

        XNamespace atom = "http://www.w3.org/2005/Atom";
        XNamespace content = "http://purl.org/rss/1.0/modules/content/";
        Assert.Equal("http://localhost/feed.xml", rss.Descendants(atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")?.Value);
        Assert.Contains("Body of story 01.", rss.Descendants(content + "encoded").First().Value);
    }

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/atom.xml")]
    public async Task Matching_etag_gets_304_and_a_stale_one_gets_the_feed(string path)
    {
        var client = app.CreateClient();
        var first = await client.GetAsync(path);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Contains("max-age", first.Headers.CacheControl?.ToString());

        using var fresh = new HttpRequestMessage(HttpMethod.Get, path);
        fresh.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.SendAsync(fresh);
        using var stale = new HttpRequestMessage(HttpMethod.Get, path);
        stale.Headers.TryAddWithoutValidation("If-None-Match", "W/\"0123456789abcdef\"");
        var modified = await client.SendAsync(stale);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, modified.StatusCode);
    }

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/atom.xml")]
    public async Task If_modified_since_the_newest_change_gets_304_and_an_older_date_gets_the_feed(string path)
    {
        var client = app.CreateClient();
        var lastModified = (await client.GetAsync(path)).Content.Headers.LastModified;
        Assert.NotNull(lastModified);

        using var same = new HttpRequestMessage(HttpMethod.Get, path);
        same.Headers.IfModifiedSince = lastModified;
        using var older = new HttpRequestMessage(HttpMethod.Get, path);
        older.Headers.IfModifiedSince = lastModified.Value.AddDays(-1);

        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(same)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(older)).StatusCode);
    }

    [Fact]
    public async Task Home_page_announces_both_site_feeds()
    {
        var document = new HtmlParser().ParseDocument(await app.CreateClient().GetStringAsync("/"));

        var feeds = document.QuerySelectorAll("head link[rel=alternate]").Select(l => (l.GetAttribute("type"), l.GetAttribute("href")));
        Assert.Equal([("application/rss+xml", "/feed.xml"), ("application/atom+xml", "/atom.xml")], feeds);
    }

    internal static async Task<SyndicationFeed> LoadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return SyndicationFeed.Load(reader);
    }

    internal static string SlugOf(SyndicationItem item) =>
        item.Links.First(l => l.RelationshipType is null or "alternate").Uri.AbsolutePath["/articles/".Length..];

    private static DateTime TruncateToSeconds(DateTime value) => new(value.Ticks - value.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
}
