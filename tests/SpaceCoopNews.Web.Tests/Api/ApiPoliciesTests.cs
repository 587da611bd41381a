using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Api;

/// <summary>
/// The app plus two test-only paths under /api, behind its own pipeline: one that fails (how is a 500
/// answered?) and one with an int parameter (how is a binding failure answered?).
/// </summary>
public sealed class FailingApiAppFactory : EmptyNewsAppFactory
{
    public const string FailingPath = "/api/v1/test-failure";
    public const string BindingPath = "/api/v1/test-binding";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, FailingPathFilter>());
    }

    private sealed class FailingPathFilter : IStartupFilter
    {
        // Added after the app's own pipeline, so it runs inside the app's error handling like an endpoint.
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.UseRouting();
            app.UseEndpoints(endpoints => endpoints.MapGet(BindingPath, (int limit) => limit));
            app.Use((HttpContext context, RequestDelegate rest) => context.Request.Path == FailingPath
                ? throw new InvalidOperationException("secret internal detail")
                : rest(context));
        };
    }
}

public class ApiPoliciesTests(FailingApiAppFactory app) : IClassFixture<FailingApiAppFactory>
{
    [Fact]
    public async Task Unknown_api_path_is_a_404_problem()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/no-such-resource");

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Wrong_method_on_an_api_path_is_a_405_problem()
    {
        var response = await app.CreateClient().PostAsync("/api/v1", new StringContent("{}", Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Failure_under_api_is_a_500_problem_without_internals()
    {
        var response = await app.CreateClient().GetAsync(FailingApiAppFactory.FailingPath);

        var body = await AssertProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("secret internal detail", body);
        Assert.DoesNotContain("InvalidOperationException", body);
    }

    [Fact]
    public async Task Unbindable_parameter_is_a_400_problem_naming_it()
    {
        var response = await app.CreateClient().GetAsync($"{FailingApiAppFactory.BindingPath}?limit=lots");

        var body = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(body);
        Assert.Contains("limit", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Api_reads_are_open_to_any_origin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1");
        request.Headers.Add("Origin", "https://reader.example");

        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task Api_posts_get_no_cors_header_and_preflight_allows_only_reads()
    {
        var client = app.CreateClient();
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tagging/preview")
        {
            Content = new StringContent("""{"title":"NASA and Roscosmos","body":"A joint mission."}""", Encoding.UTF8, "application/json"),
        };
        post.Headers.Add("Origin", "https://reader.example");
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/tagging/preview");
        preflight.Headers.Add("Origin", "https://reader.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");

        var postResponse = await client.SendAsync(post);
        var preflightResponse = await client.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.OK, postResponse.StatusCode);
        Assert.False(postResponse.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(preflightResponse.Headers.TryGetValues("Access-Control-Allow-Methods", out var methods) && methods.Any(m => m.Contains("POST")));
    }

    [Fact]
    public async Task Pages_get_no_cors_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Origin", "https://reader.example");

        var response = await app.CreateClient().SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    internal static async Task<string> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        using var problem = JsonDocument.Parse(body);
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("title").GetString()));
        return body;
    }
}
