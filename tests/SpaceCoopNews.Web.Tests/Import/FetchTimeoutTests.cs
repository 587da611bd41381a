using Microsoft.AspNetCore.Hosting;
using SpaceCoopNews.Web.Import;

namespace SpaceCoopNews.Web.Tests.Import;

/// <summary>A server that never answers costs one timeout per attempt, then a clear error on the source.</summary>
public class FetchTimeoutTests(FetchTimeoutTests.ShortTimeoutAppFactory app) : IClassFixture<FetchTimeoutTests.ShortTimeoutAppFactory>, IDisposable
{
    private readonly FeedServer _server = new();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public async Task A_server_that_never_answers_times_out_after_the_retries_and_the_source_records_it()
    {
        _server.Route("silent/feed", async (_, _) => await _release.Task);
        var source = await app.AddSourceAsync("Silent", _server.Url("silent/feed").ToString());

        var error = await Assert.ThrowsAsync<FeedRejectedException>(() => app.RefreshAsync(source.Id));

        Assert.Contains("did not answer within 0.3 seconds", error.Message);
        Assert.Contains("did not answer", app.Source(source.Id).LastError);
        Assert.Empty(app.Articles());
    }

    [Fact]
    public async Task A_transient_server_error_is_retried_and_the_feed_imports()
    {
        var calls = 0;
        var body = System.Text.Encoding.UTF8.GetBytes(Rss.Feed(Rss.Item("Retried story", "https://retry.example/1", "Mon, 01 Apr 2024 10:00:00 GMT")));
        _server.Route("flaky/feed", async (_, response) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                response.StatusCode = 503;
                return;
            }
            response.ContentType = "application/rss+xml";
            await response.OutputStream.WriteAsync(body);
        });
        var source = await app.AddSourceAsync("Flaky", _server.Url("flaky/feed").ToString());

        var summary = await app.RefreshAsync(source.Id);

        Assert.Equal(1, summary!.New);
        Assert.Equal(2, _server.RequestsTo("flaky/feed"));
    }

    public void Dispose()
    {
        _release.TrySetResult();
        _server.Dispose();
    }

    public sealed class ShortTimeoutAppFactory : ImportAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Import:AttemptTimeout", "00:00:00.300");
        }
    }
}
