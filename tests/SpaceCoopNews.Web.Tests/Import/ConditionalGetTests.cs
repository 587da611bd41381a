namespace SpaceCoopNews.Web.Tests.Import;

/// <summary>Polling sends back the validators it was given, and a 304 costs nothing; a changed feed is fetched again.</summary>
public class ConditionalGetTests(ImportAppFactory app) : IClassFixture<ImportAppFactory>, IDisposable
{
    private readonly FeedServer _server = new();

    [Fact]
    public async Task Etag_and_last_modified_are_stored_sent_back_and_a_304_imports_nothing()
    {
        const string lastModified = "Mon, 01 Apr 2024 10:00:00 GMT";
        _server.Serve("etag/feed", Rss.Feed(Rss.Item("Etag story one", "https://etag.example/1", lastModified)), etag: "\"v1\"", lastModified: lastModified);
        var source = await app.AddSourceAsync("Etag source", _server.Url("etag/feed").ToString());

        var first = await app.RefreshAsync(source.Id);
        var afterFirst = app.Source(source.Id);
        var second = await app.RefreshAsync(source.Id);
        var afterSecond = app.Source(source.Id);

        Assert.Equal(1, first!.New);
        Assert.Equal(("\"v1\"", lastModified), (afterFirst.ETag, afterFirst.LastModified));
        var requests = _server.Requests.Where(r => r.Path == "/etag/feed").ToList();
        Assert.Equal((null, null), (requests[0].IfNoneMatch, requests[0].IfModifiedSince));
        Assert.Equal(("\"v1\"", lastModified), (requests[1].IfNoneMatch, requests[1].IfModifiedSince));
        Assert.Null(second);
        Assert.Equal((0, 0, 0), (afterSecond.LastNewCount, afterSecond.LastDuplicateCount, afterSecond.LastRejectedCount));
        Assert.True(afterSecond.LastSuccessAt >= afterFirst.LastSuccessAt);
        Assert.Single(app.Articles(), a => a.SourceId == source.Id);
    }

    [Fact]
    public async Task A_changed_feed_answers_200_with_a_new_etag_and_its_new_items_are_imported()
    {
        _server.Serve("change/feed", Rss.Feed(Rss.Item("Change story one", "https://change.example/1", "Mon, 01 Apr 2024 10:00:00 GMT")), etag: "\"a\"");
        var source = await app.AddSourceAsync("Change source", _server.Url("change/feed").ToString());
        await app.RefreshAsync(source.Id);

        _server.Serve("change/feed", Rss.Feed(
            Rss.Item("Change story two", "https://change.example/2", "Tue, 02 Apr 2024 10:00:00 GMT"),
            Rss.Item("Change story one", "https://change.example/1", "Mon, 01 Apr 2024 10:00:00 GMT")), etag: "\"b\"");
        var second = await app.RefreshAsync(source.Id);

        Assert.Equal((1, 1), (second!.New, second.Duplicate));
        Assert.Equal("\"b\"", app.Source(source.Id).ETag);
        Assert.Equal("\"a\"", _server.Requests.Last(r => r.Path == "/change/feed").IfNoneMatch);
    }

    [Fact]
    public async Task A_server_with_only_last_modified_gets_if_modified_since_and_its_304_is_honoured()
    {
        const string lastModified = "Wed, 03 Apr 2024 07:30:00 GMT";
        _server.Serve("lm/feed", Rss.Feed(Rss.Item("Last-Modified story", "https://lm.example/1", lastModified)), lastModified: lastModified);
        var source = await app.AddSourceAsync("Last-Modified source", _server.Url("lm/feed").ToString());

        await app.RefreshAsync(source.Id);
        var second = await app.RefreshAsync(source.Id);

        Assert.Null(second);
        Assert.Equal(lastModified, _server.Requests.Last(r => r.Path == "/lm/feed").IfModifiedSince);
        Assert.Null(app.Source(source.Id).ETag);
    }

    public void Dispose() => _server.Dispose();
}
