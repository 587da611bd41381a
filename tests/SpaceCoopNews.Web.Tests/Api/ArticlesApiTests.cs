using System.Net;
using System.Text.Json;
using SpaceCoopNews.Web.Tests.Search;

namespace SpaceCoopNews.Web.Tests.Api;

public class ArticlesApiTests(SearchCorpus app) : IClassFixture<SearchCorpus>
{
    [Fact]
    public async Task Search_results_have_the_spaceflight_news_shape()
    {
        var page = await app.ApiAsync("/api/v1/articles?q=krikalev&sort=newest");

        Assert.Equal(2, page.GetProperty("count").GetInt32());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("next").ValueKind);
        Assert.Equal(JsonValueKind.Null, page.GetProperty("previous").ValueKind);
        var first = page.GetProperty("results")[0];
        Assert.Equal("expedition-1", first.GetProperty("slug").GetString());
        Assert.Equal("Expedition 1 moves in", first.GetProperty("title").GetString());
        Assert.Equal("http://localhost/articles/expedition-1", first.GetProperty("url").GetString());
        Assert.Equal("2000-11-02T12:00:00Z", first.GetProperty("published_at").GetString());
        Assert.True(first.GetProperty("id").GetInt32() > 0);
        Assert.True(first.TryGetProperty("summary", out _));
        Assert.True(first.TryGetProperty("source", out _));
        var entities = first.GetProperty("entities").EnumerateArray().Select(e => (e.GetProperty("kind").GetString(), e.GetProperty("slug").GetString(), e.GetProperty("name").GetString())).ToList();
        Assert.Contains(("person", "sergei-krikalev", "Sergei Krikalev"), entities);
        Assert.Contains(("mission", "iss", "International Space Station"), entities);
    }

    [Fact]
    public async Task Paging_links_are_absolute_and_walk_every_result_once()
    {
        var seen = new List<string>();
        string? next = "/api/v1/articles?q=quasar&limit=20";
        var pages = 0;
        while (next is not null)
        {
            var page = await app.ApiAsync(next);
            Assert.Equal(45, page.GetProperty("count").GetInt32());
            seen.AddRange(SearchCorpus.ApiSlugs(page));
            var previous = page.GetProperty("previous");
            Assert.Equal(pages == 0, previous.ValueKind == JsonValueKind.Null);
            next = page.GetProperty("next").GetString();
            Assert.True(next is null || next.StartsWith("http://localhost/api/v1/articles?", StringComparison.Ordinal), next);
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(45, seen.Distinct().Count());
        var last = await app.ApiAsync("/api/v1/articles?q=quasar&limit=20&offset=40");
        Assert.Equal("http://localhost/api/v1/articles?q=quasar&limit=20&offset=20", last.GetProperty("previous").GetString());
    }

    [Fact]
    public async Task Filters_and_dates_apply()
    {
        Assert.Equal(["exomars-tgo"], SearchCorpus.ApiSlugs(await app.ApiAsync("/api/v1/articles?agency=esa&agency=roscosmos")));
        Assert.Equal(["exomars-rover"], SearchCorpus.ApiSlugs(await app.ApiAsync("/api/v1/articles?mission=exomars&from=2020-01-01")));
        Assert.Equal(["expedition-1"], SearchCorpus.ApiSlugs(await app.ApiAsync("/api/v1/articles?person=sergei-krikalev&mission=iss")));
    }

    [Fact]
    public async Task Without_a_query_the_newest_stories_are_listed()
    {
        var page = await app.ApiAsync("/api/v1/articles?limit=3");

        Assert.Equal(["exomars-rover", "perseverance-body", "phrase-exact"], SearchCorpus.ApiSlugs(page));
    }

    [Fact]
    public async Task Unpublished_and_future_stories_are_never_returned()
    {
        var page = await app.ApiAsync("/api/v1/articles?q=zorblax");
        Assert.Equal(0, page.GetProperty("count").GetInt32());

        var all = await app.ApiAsync("/api/v1/articles?limit=100");
        Assert.DoesNotContain(SearchCorpus.ApiSlugs(all), s => s.StartsWith("hidden-", StringComparison.Ordinal));
        foreach (var slug in new[] { "hidden-draft", "hidden-future", "hidden-archived", "hidden-scheduled" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/api/v1/articles/{slug}")).StatusCode);
        }
    }

    [Fact]
    public async Task One_article_comes_with_its_entities()
    {
        var article = await app.ApiAsync("/api/v1/articles/sts-60");

        Assert.Equal("STS-60 carries a cosmonaut", article.GetProperty("title").GetString());
        Assert.Equal(3, article.GetProperty("entities").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_article_is_a_404_problem()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/articles/no-such-story");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("offset=-1", "offset")]
    [InlineData("agency=nosuch", "agency")]
    [InlineData("mission=nasa", "mission")]
    [InlineData("person=x", "person")]
    [InlineData("from=2020-13-01", "from")]
    [InlineData("to=01/02/2020", "to")]
    [InlineData("sort=oldest", "sort")]
    public async Task Bad_parameters_are_a_400_naming_the_parameter(string query, string parameter)
    {
        var response = await app.CreateClient().GetAsync("/api/v1/articles?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }
}
