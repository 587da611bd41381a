using System.Net;
using System.Xml.Linq;

namespace SpaceCoopNews.Web.Tests.Seo;

public class SitemapTests(SeoAppFactory app) : IClassFixture<SeoAppFactory>
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task Sitemap_lists_published_stories_with_lastmod_and_not_drafts_or_future_ones()
    {
        var urls = await LoadAsync();

        Assert.Contains("http://localhost/articles/a-capsule-reaches-orbit", urls.Keys);
        Assert.Contains("http://localhost/articles/hostile-title", urls.Keys);
        Assert.DoesNotContain("http://localhost/articles/draft-story", urls.Keys);
        Assert.DoesNotContain("http://localhost/articles/future-story", urls.Keys);
        Assert.True(DateTimeOffset.TryParse(urls["http://localhost/articles/a-capsule-reaches-orbit"], out _));
    }

    [Fact]
    public async Task Sitemap_lists_entity_pages_that_have_a_visible_story()
    {
        var urls = await LoadAsync();

        Assert.Equal("2024-03-01T09:30:00Z", urls["http://localhost/agencies/nasa"]);
        Assert.Contains("http://localhost/missions/iss", urls.Keys);
        // Roscosmos is linked only from a draft.
        Assert.DoesNotContain("http://localhost/agencies/roscosmos", urls.Keys);
    }

    [Fact]
    public async Task Sitemap_answers_conditional_get()
    {
        var client = app.CreateClient();
        var first = await client.GetAsync("/sitemap.xml");

        using var again = new HttpRequestMessage(HttpMethod.Get, "/sitemap.xml");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task Robots_allows_all_but_private_areas_and_points_to_the_sitemap()
    {
        var response = await app.CreateClient().GetAsync("/robots.txt");

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Allow: /", lines);
        Assert.Contains("Disallow: /editor", lines);
        Assert.Contains("Disallow: /admin", lines);
        Assert.Contains("Disallow: /account", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
    }

    private async Task<Dictionary<string, string>> LoadAsync()
    {
        var response = await app.CreateClient().GetAsync("/sitemap.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Ns + "urlset", document.Root!.Name);
        return document.Root.Elements(Ns + "url").ToDictionary(u => u.Element(Ns + "loc")!.Value, u => u.Element(Ns + "lastmod")!.Value);
    }
}
