using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SpaceCoopNews.Web.Tests.Seo;

public class StoryShareMetadataTests(SeoAppFactory app) : IClassFixture<SeoAppFactory>
{
    [Fact]
    public async Task Story_page_has_canonical_opengraph_and_twitter_metadata()
    {
        var head = (await LoadAsync("/articles/a-capsule-reaches-orbit")).Head!;

        Assert.Equal("http://localhost/articles/a-capsule-reaches-orbit", head.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("article", Meta(head, "og:type"));
        Assert.Equal("A capsule reaches orbit", Meta(head, "og:title"));
        Assert.Equal("A smooth arrival.", Meta(head, "og:description"));
        Assert.Equal("http://localhost/articles/a-capsule-reaches-orbit", Meta(head, "og:url"));
        Assert.Equal("2024-03-01T09:30:00Z", Meta(head, "article:published_time"));
        Assert.Equal("summary", head.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
        Assert.Equal(new[] { app.Iss.Name, app.Nasa.Name }.Order(), head.QuerySelectorAll("meta[property='article:tag']").Select(m => m.GetAttribute("content")).Order());
    }

    [Fact]
    public async Task Json_ld_describes_the_story_as_a_news_article()
    {
        var document = await LoadAsync("/articles/a-capsule-reaches-orbit");

        using var json = JsonDocument.Parse(JsonLdOf(document));
        var root = json.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal("A capsule reaches orbit", root.GetProperty("headline").GetString());
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 9, 30, 0, TimeSpan.Zero), root.GetProperty("datePublished").GetDateTimeOffset());
        Assert.True(root.GetProperty("dateModified").GetDateTimeOffset() >= root.GetProperty("datePublished").GetDateTimeOffset());
        Assert.Equal("Jane Reporter", root.GetProperty("author")[0].GetProperty("name").GetString());
        Assert.Equal("SpaceCoopNews", root.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("http://localhost/articles/a-capsule-reaches-orbit", root.GetProperty("mainEntityOfPage").GetProperty("@id").GetString());
        var about = root.GetProperty("about").EnumerateArray()
            .Select(e => (e.GetProperty("name").GetString()!, e.GetProperty("url").GetString()!))
            .Order();
        Assert.Equal(new[] { (app.Iss.Name, "http://localhost/missions/iss"), (app.Nasa.Name, "http://localhost/agencies/nasa") }.Order(), about);
    }

    [Fact]
    public async Task A_title_with_a_closing_script_tag_stays_inside_the_json_ld()
    {
        var document = await LoadAsync("/articles/hostile-title");

        // The site's own scripts (search suggestions) load from /js/; nothing else may be a script.
        Assert.Empty(document.QuerySelectorAll("script:not([type='application/ld+json']):not([src^='/js/'])"));
        using var json = JsonDocument.Parse(JsonLdOf(document));
        Assert.Equal(SeoAppFactory.HostileTitle, json.RootElement.GetProperty("headline").GetString());
        // A story without an author is credited to the site.
        Assert.Equal("SpaceCoopNews", json.RootElement.GetProperty("author")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Home_page_is_a_website_for_opengraph_and_has_no_json_ld()
    {
        var document = await LoadAsync("/");

        Assert.Equal("website", Meta(document.Head!, "og:type"));
        Assert.Empty(document.QuerySelectorAll("script[type='application/ld+json']"));
    }

    private async Task<IDocument> LoadAsync(string path) =>
        new HtmlParser().ParseDocument(await app.CreateClient().GetStringAsync(path));

    private static string? Meta(IElement head, string property) =>
        head.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");

    private static string JsonLdOf(IDocument document) =>
        Assert.Single(document.QuerySelectorAll("script[type='application/ld+json']")).TextContent;
}
