using System.Net;
using System.Text.Json;
using SpaceCoopNews.Web.Tests.Search;

namespace SpaceCoopNews.Web.Tests.Api;

public class EntitiesApiTests(SearchCorpus app) : IClassFixture<SearchCorpus>
{
    private static List<string> Slugs(JsonElement body) =>
        body.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("slug").GetString()!).ToList();

    [Fact]
    public async Task Suggestions_match_the_start_of_names_and_aliases()
    {
        var body = await app.ApiAsync("/api/v1/entities/suggest?q=ros");

        var first = body.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("slug").GetString() == "roscosmos");
        Assert.Equal("agency", first.GetProperty("kind").GetString());
        Assert.Equal("Roscosmos", first.GetProperty("name").GetString());
        Assert.Equal("/search?agency=roscosmos", first.GetProperty("search_url").GetString());
    }

    [Theory]
    [InlineData("kri", "sergei-krikalev")]
    [InlineData("krikaly", "sergei-krikalev")]
    [InlineData("russian sp", "roscosmos")]
    [InlineData("exo", "exomars")]
    [InlineData("iss", "iss")]
    [InlineData("Рос", "roscosmos")]
    public async Task Suggestions_find_entities_as_you_type(string typed, string slug)
    {
        Assert.Contains(slug, Slugs(await app.ApiAsync("/api/v1/entities/suggest?q=" + Uri.EscapeDataString(typed))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("*")]
    [InlineData("zzzz")]
    public async Task Suggestions_for_nothing_useful_are_empty(string typed)
    {
        Assert.Empty(Slugs(await app.ApiAsync("/api/v1/entities/suggest?q=" + Uri.EscapeDataString(typed))));
    }

    [Fact]
    public async Task The_catalogue_lists_by_kind_and_words_with_paging()
    {
        var agencies = await app.ApiAsync("/api/v1/entities?kind=agency&limit=2");
        Assert.True(agencies.GetProperty("count").GetInt32() > 2);
        Assert.All(agencies.GetProperty("results").EnumerateArray(), r => Assert.Equal("agency", r.GetProperty("kind").GetString()));
        Assert.Equal(2, Slugs(agencies).Count);
        Assert.Equal("http://localhost/api/v1/entities?kind=agency&limit=2&offset=2", agencies.GetProperty("next").GetString());

        Assert.Contains("roscosmos", Slugs(await app.ApiAsync("/api/v1/entities?q=russian+space")));
        Assert.DoesNotContain("nasa", Slugs(await app.ApiAsync("/api/v1/entities?q=russian+space")));
    }

    [Theory]
    [InlineData("/api/v1/entities?kind=planet", "kind")]
    [InlineData("/api/v1/entities?limit=1000", "limit")]
    [InlineData("/api/v1/entities/suggest?kind=x&q=ros", "kind")]
    public async Task Bad_parameters_are_a_400_naming_the_parameter(string url, string parameter)
    {
        var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }
}
