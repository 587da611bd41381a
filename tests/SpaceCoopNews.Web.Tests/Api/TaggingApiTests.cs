using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Api;

public class TaggingApiTests(NewsAppFactory app) : IClassFixture<NewsAppFactory>
{
    [Fact]
    public async Task Preview_returns_entities_with_their_mentions()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/tagging/preview",
            new { title = "Krikalev flies again", body = "Cosmonaut Sergei Krikalev and NASA's crew docked at the ISS." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var entities = json.RootElement.GetProperty("entities").EnumerateArray().ToList();
        var krikalev = entities.Single(e => e.GetProperty("slug").GetString() == "sergei-krikalev");
        Assert.Equal("person", krikalev.GetProperty("kind").GetString());
        Assert.InRange(krikalev.GetProperty("confidence").GetDouble(), 0.0, 1.0);
        var bodyMention = krikalev.GetProperty("mentions").EnumerateArray().First(m => m.GetProperty("field").GetString() == "body");
        Assert.Equal(10, bodyMention.GetProperty("start").GetInt32());
        Assert.Equal("Sergei Krikalev", bodyMention.GetProperty("text").GetString());
        Assert.Contains(entities, e => e.GetProperty("slug").GetString() == "nasa");
    }

    [Theory]
    [InlineData("{\"title\":\"t\"}")]
    [InlineData("{\"title\":\"t\",\"body\":\"\"}")]
    [InlineData("{\"title\":\"t\",\"body\":\"   \"}")]
    [InlineData("{}")]
    public async Task Missing_or_empty_body_gives_400_naming_the_field(string json)
    {
        var response = await PostRawAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("body", out _));
    }

    [Theory]
    [InlineData("{\"title\": \"t\", \"body\": ")]
    [InlineData("not json at all")]
    [InlineData("{\"body\": 42}")]
    [InlineData("")]
    public async Task Malformed_json_gives_400_problem_details(string json)
    {
        var response = await PostRawAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Body_over_one_megabyte_gives_413()
    {
        var big = new string('a', 1024 * 1024 + 10);
        var response = await PostRawAsync(JsonSerializer.Serialize(new { title = "t", body = big }));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private Task<HttpResponseMessage> PostRawAsync(string json) =>
        app.CreateClient().PostAsync("/api/v1/tagging/preview", new StringContent(json, Encoding.UTF8, "application/json"));
}
