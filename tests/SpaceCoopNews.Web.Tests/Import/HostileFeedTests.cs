using System.Net;
using System.Text;

namespace SpaceCoopNews.Web.Tests.Import;

/// <summary>
/// Hostile and broken feeds served over HTTP: each gives a clear error on its source, stores
/// nothing of that fetch, leaves stories already stored alone, and does not stop other sources.
/// </summary>
public class HostileFeedTests : IClassFixture<ImportAppFactory>, IDisposable
{
    private const string ValidItems = """
        <item><title>Good one</title><link>https://hostile.example/good-1</link><pubDate>Mon, 01 Apr 2024 10:00:00 GMT</pubDate></item>
        <item><title>Good two</title><link>https://hostile.example/good-2</link><pubDate>Mon, 01 Apr 2024 11:00:00 GMT</pubDate></item>
        """;

    private readonly ImportAppFactory _app;
    private readonly FeedServer _server = new();

    public HostileFeedTests(ImportAppFactory app) => _app = app;

    public static TheoryData<string, string> Cases() => new()
    {
        { "truncated-xml", "not well-formed XML" },
        { "billion-laughs", "DTD" },
        { "external-entity", "DTD" },
        { "deep-nesting", "nests deeper than" },
        { "fifty-megabytes-declared", "limit is" },
        { "fifty-megabytes-streamed", "larger than the limit" },
        { "html-page", "text/html, not a feed" },
        { "redirect-loop", "Redirect loop" },
        { "redirect-chain", "Too many redirects" },
        { "server-error", "500" },
        { "not-a-feed-json", "not a JSON Feed" },
        { "unknown-root", "only RSS 2.0" },
        { "deep-json", "not valid JSON" },
        { "gzip-bomb", "larger than the limit" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_hostile_feed_fails_its_source_with_a_clear_error_and_stores_nothing(string name, string expectedError)
    {
        ServeHostile(name);
        var hostile = await _app.AddSourceAsync($"Hostile {name}", _server.Url($"{name}/start").ToString());
        var stored = await _app.AddSourceAsync($"Stored {name}", $"https://stored-{name}.example/feed");
        await _app.ImportAsync(Rss.Feed(Rss.Item($"Already stored {name}", $"https://stored-{name}.example/1", "Mon, 01 Apr 2024 09:00:00 GMT")), stored);
        var healthy = await _app.AddSourceAsync($"Healthy {name}", _server.Url($"{name}/healthy").ToString());
        _server.Serve($"{name}/healthy", Rss.Feed(Rss.Item($"Healthy story {name}", $"https://healthy-{name}.example/1", "Mon, 01 Apr 2024 12:00:00 GMT")));
        var before = _app.Articles();

        var error = await Assert.ThrowsAsync<SpaceCoopNews.Web.Import.FeedRejectedException>(() => _app.RefreshAsync(hostile.Id));
        await _app.RefreshAsync(healthy.Id);

        Assert.Contains(expectedError, error.Message);
        var source = _app.Source(hostile.Id);
        Assert.Contains(expectedError, source.LastError);
        Assert.Null(source.LastSuccessAt);
        Assert.Equal(1, source.ConsecutiveFailures);
        Assert.True(source.NextPollAt > source.LastErrorAt);
        var after = _app.Articles();
        Assert.DoesNotContain(after, a => a.SourceId == hostile.Id);
        Assert.All(before, b => Assert.Contains(after, a => a.Id == b.Id && a.Title == b.Title && a.Version == b.Version));
        Assert.Contains(after, a => a.SourceId == healthy.Id && a.Title == $"Healthy story {name}");
    }

    private void ServeHostile(string name)
    {
        var start = $"{name}/start";
        switch (name)
        {
            case "truncated-xml":
                _server.Serve(start, Rss.Feed(ValidItems)[..^40]);
                break;
            case "billion-laughs":
                _server.Serve(start, """
                    <?xml version="1.0"?>
                    <!DOCTYPE rss [
                      <!ENTITY a "lollollollollollollollollollol">
                      <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                      <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
                      <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
                      <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
                      <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
                      <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
                    ]>
                    <rss version="2.0"><channel><title>&g;</title>
                    """ + ValidItems + "</channel></rss>");
                break;
            case "external-entity":
                _server.Serve(start, """
                    <?xml version="1.0"?>
                    <!DOCTYPE rss [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                    <rss version="2.0"><channel><title>t</title>
                    <item><title>&secret;</title><link>https://hostile.example/xxe</link><pubDate>Mon, 01 Apr 2024 10:00:00 GMT</pubDate></item>
                    """ + ValidItems + "</channel></rss>");
                break;
            case "deep-nesting":
                _server.Serve(start, Rss.Feed(ValidItems + "<item>" + string.Concat(Enumerable.Repeat("<x>", 100_000)) + string.Concat(Enumerable.Repeat("</x>", 100_000)) + "</item>"));
                break;
            case "fifty-megabytes-declared":
                _server.Route(start, (_, response) => StreamHugeAsync(response, declareLength: true));
                break;
            case "fifty-megabytes-streamed":
                _server.Route(start, (_, response) => StreamHugeAsync(response, declareLength: false));
                break;
            case "html-page":
                _server.Serve(start, "<!DOCTYPE html><html><body><h1>Moved to our app!</h1></body></html>", "text/html; charset=utf-8");
                break;
            case "redirect-loop":
                _server.Redirect(start, _server.Url($"{name}/b").ToString());
                _server.Redirect($"{name}/b", $"/{name}/start");
                break;
            case "redirect-chain":
                for (var hop = 0; hop < 10; hop++)
                {
                    _server.Redirect(hop == 0 ? start : $"{name}/{hop}", $"/{name}/{hop + 1}");
                }
                break;
            case "server-error":
                _server.Route(start, (_, response) =>
                {
                    response.StatusCode = (int)HttpStatusCode.InternalServerError;
                    return Task.CompletedTask;
                });
                break;
            case "not-a-feed-json":
                _server.Serve(start, """{"items": [{"url": "https://hostile.example/json"}]}""", "application/json");
                break;
            case "deep-json":
                _server.Serve(start, """{"version": "https://jsonfeed.org/version/1.1", "items": """ + new string('[', 10_000) + new string(']', 10_000) + "}", "application/feed+json");
                break;
            case "gzip-bomb":
                _server.Route(start, async (_, response) =>
                {
                    using var packed = new MemoryStream();
                    await using (var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
                    {
                        await gzip.WriteAsync(Encoding.UTF8.GetBytes(Rss.Feed(ValidItems)[..^20] + "<item><title>"));
                        var zeros = new byte[1024 * 1024];
                        Array.Fill(zeros, (byte)'A');
                        for (var i = 0; i < 50; i++)
                        {
                            await gzip.WriteAsync(zeros);
                        }
                    }
                    response.ContentType = "application/rss+xml";
                    response.Headers["Content-Encoding"] = "gzip";
                    response.ContentLength64 = packed.Length;
                    await response.OutputStream.WriteAsync(packed.ToArray());
                });
                break;
            case "unknown-root":
                _server.Serve(start, "<html><body><a href='https://hostile.example/x'>x</a></body></html>", "application/xml");
                break;
        }
    }

    /// <summary>A feed that starts well and goes on for 50 MB.</summary>
    private static async Task StreamHugeAsync(HttpListenerResponse response, bool declareLength)
    {
        const int total = 50 * 1024 * 1024;
        var head = Encoding.UTF8.GetBytes(Rss.Feed(ValidItems)[..^20] + "<item><title>");
        var filler = Encoding.UTF8.GetBytes(new string('A', 64 * 1024));
        response.ContentType = "application/rss+xml";
        if (declareLength)
        {
            response.ContentLength64 = total;
        }
        else
        {
            response.SendChunked = true;
        }
        await response.OutputStream.WriteAsync(head);
        for (var written = head.Length; written + filler.Length <= total; written += filler.Length)
        {
            await response.OutputStream.WriteAsync(filler);
        }
    }

    public void Dispose() => _server.Dispose();
}
