using System.Net;

namespace SpaceCoopNews.Web.Tests.Feeds;

public class EntityFeedTests(FeedsAppFactory app) : IClassFixture<FeedsAppFactory>
{
    [Fact]
    public async Task Agency_feed_lists_its_visible_stories_and_not_rejected_links()
    {
        var feed = await SiteFeedTests.LoadAsync(await app.CreateClient().GetAsync("/agencies/nasa/feed.xml"));

        Assert.Equal(["story-01"], feed.Items.Select(SiteFeedTests.SlugOf));
        Assert.Equal($"{app.Nasa.Name} · SpaceCoopNews", feed.Title.Text);
        Assert.Equal(new Uri("http://localhost/agencies/nasa"), feed.Links.First(l => l.RelationshipType is null or "alternate").Uri);
    }

    [Theory]
    [InlineData("/missions/iss/feed.xml", "story-01")]
    [InlineData("/people/sergei-krikalev/feed.xml", "story-03")]
    public async Task Mission_and_person_feeds_list_their_stories(string path, string slug)
    {
        var feed = await SiteFeedTests.LoadAsync(await app.CreateClient().GetAsync(path));

        Assert.Equal([slug], feed.Items.Select(SiteFeedTests.SlugOf));
    }

    [Theory]
    [InlineData("/agencies/no-such-agency/feed.xml")]
    [InlineData("/missions/nasa/feed.xml")]
    [InlineData("/people/iss/feed.xml")]
    [InlineData("/agencies/NASA/feed.xml")]
    [InlineData("/agencies/na%20sa/feed.xml")]
    public async Task Unknown_slug_or_slug_of_another_kind_returns_404(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Entity_page_announces_its_feed()
    {
        var html = await app.CreateClient().GetStringAsync("/agencies/nasa");

        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var feed = Assert.Single(document.QuerySelectorAll("head link[rel=alternate]"));
        Assert.Equal("application/rss+xml", feed.GetAttribute("type"));
        Assert.Equal("/agencies/nasa/feed.xml", feed.GetAttribute("href"));
    }

    [Fact]
    public async Task Entity_feed_answers_conditional_get()
    {
        var client = app.CreateClient();
        var first = await client.GetAsync("/people/sergei-krikalev/feed.xml");

        using var again = new HttpRequestMessage(HttpMethod.Get, "/people/sergei-krikalev/feed.xml");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }
}
