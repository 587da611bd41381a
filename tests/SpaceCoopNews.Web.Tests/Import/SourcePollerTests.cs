using Microsoft.AspNetCore.Hosting;
using SpaceCoopNews.Web.Import;

namespace SpaceCoopNews.Web.Tests.Import;

/// <summary>Due sources are polled, failing ones back off exponentially, and none stops the others.</summary>
public class SourcePollerTests(ImportAppFactory app) : IClassFixture<ImportAppFactory>, IDisposable
{
    private readonly FeedServer _server = new();

    [Fact]
    public async Task A_failing_source_backs_off_exponentially_while_a_healthy_one_keeps_importing()
    {
        _server.Serve("poll/good", Rss.Feed(Rss.Item("Poller good story", "https://poll.example/good", "Mon, 01 Apr 2024 10:00:00 GMT")));
        _server.Serve("poll/bad", "<rss><channel><item>", "application/rss+xml");
        var bad = await app.AddSourceAsync("Poller bad", _server.Url("poll/bad").ToString(), pollIntervalMinutes: 10);
        var good = await app.AddSourceAsync("Poller good", _server.Url("poll/good").ToString(), pollIntervalMinutes: 10);
        var disabled = await app.AddSourceAsync("Poller disabled", _server.Url("poll/disabled").ToString());
        app.WithDb(db =>
        {
            db.FeedSources.Single(s => s.Id == disabled.Id).Enabled = false;
            return db.SaveChanges();
        });

        await app.PollDueSourcesAsync();
        var afterOne = app.Source(bad.Id);
        await ForceDueAsync(bad.Id);
        await app.PollDueSourcesAsync();
        var afterTwo = app.Source(bad.Id);

        Assert.Equal(TimeSpan.FromMinutes(20), afterOne.NextPollAt - afterOne.LastErrorAt);
        Assert.Equal(TimeSpan.FromMinutes(40), afterTwo.NextPollAt - afterTwo.LastErrorAt);
        Assert.Equal(2, afterTwo.ConsecutiveFailures);
        Assert.Contains("not well-formed XML", afterTwo.LastError);
        var healthy = app.Source(good.Id);
        Assert.Equal((1, 1), (healthy.TotalNewCount, healthy.LastNewCount));
        Assert.Equal(TimeSpan.FromMinutes(10), healthy.NextPollAt - healthy.LastSuccessAt);
        Assert.Equal(0, _server.RequestsTo("poll/disabled"));
        Assert.Equal(1, _server.RequestsTo("poll/good"));
    }

    [Fact]
    public void Backoff_doubles_per_failure_and_stops_at_the_cap()
    {
        var cap = TimeSpan.FromHours(24);

        Assert.Equal(TimeSpan.FromMinutes(120), SourceRefresher.Backoff(60, 1, cap));
        Assert.Equal(TimeSpan.FromMinutes(480), SourceRefresher.Backoff(60, 3, cap));
        Assert.Equal(cap, SourceRefresher.Backoff(60, 30, cap));
    }

    [Fact]
    public async Task The_background_service_polls_an_enabled_source_on_its_own()
    {
        var polled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var body = Rss.Feed(Rss.Item("Background story", "https://background.example/1", "Mon, 01 Apr 2024 10:00:00 GMT"));
        _server.Route("background/feed", async (_, response) =>
        {
            response.ContentType = "application/rss+xml";
            await response.OutputStream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(body));
            polled.TrySetResult();
        });
        using var polling = new PollingAppFactory();
        await polling.AddSourceAsync("Background", _server.Url("background/feed").ToString());

        await polled.Task.WaitAsync(TimeSpan.FromMinutes(2));
        var imported = await WaitForAsync(() => polling.Articles().Any(a => a.Title == "Background story"));

        Assert.True(imported);
    }

    private async Task ForceDueAsync(int sourceId) => await Task.Run(() => app.WithDb(db =>
    {
        db.FeedSources.Single(s => s.Id == sourceId).NextPollAt = DateTime.UtcNow.AddMinutes(-1);
        return db.SaveChanges();
    }));

    /// <summary>Waits for the poller's commit, which lands just after the server answered.</summary>
    private static async Task<bool> WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(50);
        }
        return condition();
    }

    public void Dispose() => _server.Dispose();

    private sealed class PollingAppFactory : ImportAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Import:PollerEnabled", "true");
            builder.UseSetting("Import:PollerTick", "00:00:00.200");
        }
    }
}
