using System.Net;
using System.Text.Json;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Api;

public class OpenApiDocumentTests(NewsAppFactory app) : IClassFixture<NewsAppFactory>
{
    /// <summary>Every public endpoint clients may rely on; extend it as endpoints are added.</summary>
    public static readonly TheoryData<string, string> PublicEndpoints = new()
    {
        { "get", "/api/v1" },
        { "post", "/api/v1/tagging/preview" },
        { "get", "/api/v1/articles" },
        { "get", "/api/v1/articles/{slug}" },
        { "get", "/api/v1/entities" },
        { "get", "/api/v1/entities/suggest" },
        { "get", "/feed.xml" },
        { "get", "/atom.xml" },
        { "get", "/agencies/{slug}/feed.xml" },
        { "get", "/missions/{slug}/feed.xml" },
        { "get", "/people/{slug}/feed.xml" },
    };

    [Theory]
    [MemberData(nameof(PublicEndpoints))]
    public async Task Openapi_document_describes_every_public_endpoint(string method, string path)
    {
        using var document = await LoadAsync();

        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty(path, out var item), $"{path} is missing from the OpenAPI document");
        Assert.True(item.TryGetProperty(method, out _), $"{method.ToUpperInvariant()} {path} is missing");
    }

    [Fact]
    public async Task Openapi_document_leaves_out_pages_and_machine_files()
    {
        using var document = await LoadAsync();

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.DoesNotContain("/", paths);
        Assert.DoesNotContain("/articles/{slug}", paths);
        Assert.DoesNotContain("/robots.txt", paths);
    }

    [Fact]
    public async Task Every_api_operation_documents_problem_answers_and_the_rate_limit()
    {
        using var document = await LoadAsync();

        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal) || p.Name == "/api"))
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var responses = operation.Value.GetProperty("responses");
                Assert.True(responses.TryGetProperty("429", out var tooMany), $"{operation.Name} {path.Name} lacks 429");
                Assert.True(tooMany.GetProperty("headers").TryGetProperty("Retry-After", out _));
                Assert.True(responses.GetProperty("500").GetProperty("content").TryGetProperty("application/problem+json", out _));
            }
        }
    }

    [Fact]
    public async Task Feed_operations_say_what_they_return()
    {
        using var document = await LoadAsync();

        var rss = document.RootElement.GetProperty("paths").GetProperty("/feed.xml").GetProperty("get").GetProperty("responses").GetProperty("200");
        Assert.True(rss.GetProperty("content").TryGetProperty("application/rss+xml", out _));
    }

    [Fact]
    public async Task Api_reference_page_is_served()
    {
        var client = app.CreateClient();

        var page = await client.GetAsync("/api/docs/");
        var script = await client.GetAsync("/api/docs/scalar.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"openapi/v1.json\"", await page.Content.ReadAsStringAsync());
        // The reference page's script is served by the app itself, not fetched from a CDN.
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    private async Task<JsonDocument> LoadAsync()
    {
        var response = await app.CreateClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("3.", document.RootElement.GetProperty("openapi").GetString());
        return document;
    }
}
