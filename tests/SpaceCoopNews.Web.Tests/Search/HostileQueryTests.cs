using System.Net;
using System.Text.Json;

namespace SpaceCoopNews.Web.Tests.Search;

public class HostileQueryTests(SearchCorpus app) : IClassFixture<SearchCorpus>
{
    public static TheoryData<string> Hostile => new()
    {
        "NEAR(",
        "NEAR(mars station, 2)",
        "mars AND OR NOT",
        "\"unbalanced quote",
        "mars\" \"",
        "*",
        "**",
        "-",
        "- -mars",
        "^mars",
        "title:mars",
        "{title body}: mars",
        "mars + station",
        "(((",
        "'; DROP TABLE Articles; --",
        "\" OR 1=1 --",
        "🚀🛰️👩‍🚀",
        "mars 🚀",
        "\u0000\u0002\u0003",
        "<script>alert(1)</script>",
        new string('x', 5000),
        string.Join(' ', Enumerable.Repeat("mars", 2500)),
        string.Concat(Enumerable.Repeat("\"", 5000)),
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task The_page_never_fails(string query)
    {
        var response = await app.CreateClient().GetAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", html);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task The_api_never_fails(string query)
    {
        var response = await app.CreateClient().GetAsync("/api/v1/articles?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("results").ValueKind);
    }

    [Theory]
    [InlineData("*", "no letters or digits")]
    [InlineData("🚀🛰️", "no letters or digits")]
    [InlineData("-mars", "cannot only leave words out")]
    public async Task Nothing_to_search_for_gives_a_friendly_note(string query, string note)
    {
        var html = await app.PageAsync("q=" + Uri.EscapeDataString(query));

        Assert.Contains(note, html);
        Assert.Empty(SearchCorpus.Slugs(html));
    }

    [Fact]
    public async Task A_very_long_query_is_shortened_with_a_note()
    {
        var html = await app.PageAsync("q=" + new string('x', 5000));

        Assert.Contains("only its first 500 characters were used", html);
    }

    [Fact]
    public async Task Operators_are_searched_as_words()
    {
        var slugs = SearchCorpus.Slugs(await app.PageAsync("q=" + Uri.EscapeDataString("NEAR(perseverance")));

        Assert.Empty(slugs);
        Assert.Contains("perseverance-title", SearchCorpus.Slugs(await app.PageAsync("q=" + Uri.EscapeDataString("(perseverance)"))));
    }
}
