using System.Net;
using Microsoft.AspNetCore.Hosting;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Api;

/// <summary>The app with limits low enough to reach in a test: 3 API and 2 search requests an hour.</summary>
public sealed class LowLimitsAppFactory : EmptyNewsAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimiting:Api:PermitLimit", "3");
        builder.UseSetting("RateLimiting:Api:WindowSeconds", "3600");
        builder.UseSetting("RateLimiting:Search:PermitLimit", "2");
        builder.UseSetting("RateLimiting:Search:WindowSeconds", "3600");
    }
}

public class RateLimitTests(LowLimitsAppFactory app) : IClassFixture<LowLimitsAppFactory>
{
    [Fact]
    public async Task Api_over_its_limit_answers_429_problem_with_retry_after()
    {
        var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 4; i++)
        {
            last = await client.GetAsync("/api/v1");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        var retryAfter = int.Parse(Assert.Single(last.Headers.GetValues("Retry-After")));
        Assert.InRange(retryAfter, 1, 3600);
        await ApiPoliciesTests.AssertProblemAsync(last, HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Search_over_its_limit_answers_429_with_retry_after()
    {
        var client = app.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.GetAsync("/search?q=nasa")).StatusCode);
        }

        var limited = await client.GetAsync("/search?q=nasa");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Pages_and_feeds_are_not_limited()
    {
        var client = app.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/feed.xml")).StatusCode);
        }
    }
}
