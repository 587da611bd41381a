using System.Net;
using SpaceCoopNews.Web.Accounts;
using SpaceCoopNews.Web.Tests.Import;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Pages.Admin;

/// <summary>Admins add, edit and poll sources at /admin/sources and see each source's record.</summary>
public class SourcesTests(ImportAppFactory app) : IClassFixture<ImportAppFactory>, IDisposable
{
    private readonly FeedServer _server = new();

    [Fact]
    public async Task An_admin_adds_a_source_and_lands_on_its_page()
    {
        var client = await app.CreateSignedInClientAsync(Roles.Admin);

        var response = await client.SubmitFormAsync("/admin/sources", new()
        {
            ["Form.Name"] = "Added by form",
            ["Form.FeedUrl"] = "https://added.example/feed.xml",
            ["Form.PollIntervalMinutes"] = "30",
            ["Form.Enabled"] = "true",
            ["Form.PublishDirectly"] = "false",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetStringAsync(response.Headers.Location);
        Assert.Contains("Added by form", page);
        Assert.Contains("Enabled, every 30 minutes", page);
        Assert.Contains("stories wait as drafts", page);
        Assert.Contains("Added by form", await client.GetStringAsync("/admin/sources"));
        Assert.Single(app.WithDb(db => db.FeedSources.Where(s => s.FeedUrl == "https://added.example/feed.xml").ToList()));
    }

    [Theory]
    [InlineData("javascript:alert(1)", "Enter an http or https address")]
    [InlineData("", "Enter the feed&#x27;s address.")]
    [InlineData("https://taken.example/feed", "A source with this feed address already exists.")]
    public async Task A_bad_or_taken_feed_address_is_refused_beside_the_field(string feedUrl, string message)
    {
        if (!app.WithDb(db => db.FeedSources.Any(s => s.FeedUrl == "https://taken.example/feed")))
        {
            await app.AddSourceAsync("Taken", "https://taken.example/feed");
        }
        var client = await app.CreateSignedInClientAsync(Roles.Admin);
        var before = app.WithDb(db => db.FeedSources.Count());

        var response = await client.SubmitFormAsync("/admin/sources", new()
        {
            ["Form.Name"] = "Refused",
            ["Form.FeedUrl"] = feedUrl,
            ["Form.PollIntervalMinutes"] = "60",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, app.WithDb(db => db.FeedSources.Count()));
    }

    [Fact]
    public async Task The_source_page_shows_last_success_last_error_counts_and_rejected_items()
    {
        _server.Serve("admin/feed", Rss.Feed(
            Rss.Item("Admin page story", "https://admin-page.example/1", "Mon, 01 Apr 2024 10:00:00 GMT"),
            Rss.Item("Admin page story, undated oddly", "https://admin-page.example/2", "someday")));
        var source = await app.AddSourceAsync("Admin page source", _server.Url("admin/feed").ToString());
        var client = await app.CreateSignedInClientAsync(Roles.Admin);
        var detailsUrl = $"/admin/sources/{source.Id}";

        var polled = await client.SubmitFormAsync(detailsUrl, [], postTo: $"{detailsUrl}?handler=Poll");
        var afterSuccess = await polled.Content.ReadAsStringAsync();
        _server.Serve("admin/feed", "<html><body>gone</body></html>", "text/html");
        var failed = await (await client.SubmitFormAsync(detailsUrl, [], postTo: $"{detailsUrl}?handler=Poll")).Content.ReadAsStringAsync();

        Assert.Contains("Polled: 1 new, 0 duplicate, 1 rejected.", afterSuccess);
        Assert.Contains("1 new, 0 duplicate, 1 rejected", afterSuccess);
        Assert.Contains("item 2: its date &#x27;someday&#x27; is neither RFC 822 nor RFC 3339", afterSuccess);
        Assert.Contains("Poll failed, nothing stored: The server sent text/html, not a feed", failed);
        Assert.Contains("1 failure in a row", failed);
        Assert.Contains("<dd id=\"last-success\">", failed);
        Assert.DoesNotContain("never", failed.Split("id=\"last-success\"")[1].Split("</dd>")[0]);
        Assert.Contains("1 new, 0 duplicate, 1 rejected", failed.Split("id=\"total-counts\"")[1]);
    }

    [Fact]
    public async Task Editing_a_source_saves_its_settings_and_disabling_stops_polling()
    {
        var source = await app.AddSourceAsync("Editable", _server.Url("edit/feed").ToString());
        var client = await app.CreateSignedInClientAsync(Roles.Admin);

        var response = await client.SubmitFormAsync($"/admin/sources/{source.Id}", new()
        {
            ["Form.Name"] = "Edited name",
            ["Form.FeedUrl"] = source.FeedUrl,
            ["Form.PollIntervalMinutes"] = "15",
            ["Form.Enabled"] = "false",
            ["Form.PublishDirectly"] = "true",
        });
        await app.PollDueSourcesAsync();

        Assert.Contains("Saved.", await response.Content.ReadAsStringAsync());
        var saved = app.Source(source.Id);
        Assert.Equal(("Edited name", 15, false, true), (saved.Name, saved.PollIntervalMinutes, saved.Enabled, saved.PublishDirectly));
        Assert.Equal(0, _server.RequestsTo("edit/feed"));
    }

    [Fact]
    public async Task An_unknown_source_is_404()
    {
        var client = await app.CreateSignedInClientAsync(Roles.Admin);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/admin/sources/999999")).StatusCode);
    }

    public void Dispose() => _server.Dispose();
}
