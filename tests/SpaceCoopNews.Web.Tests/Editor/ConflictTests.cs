using System.Net;
using SpaceCoopNews.Web.Accounts;
using SpaceCoopNews.Web.Editor;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Editor;

public class ConflictTests(EmptyNewsAppFactory app) : IClassFixture<EmptyNewsAppFactory>
{
    /// <summary>Both editors open version 1; Bob saves first; returns Alice's stale form and her client.</summary>
    private async Task<(int Id, HttpClient Alice, Dictionary<string, string> AliceForm)> BobSavesFirstAsync(string title, string body, Dictionary<string, string> bobChanges)
    {
        var alice = await app.CreateSignedInClientAsync(Roles.Editor, $"alice-{Guid.NewGuid():N}@example.org");
        var bob = await app.CreateSignedInClientAsync(Roles.Editor, $"bob-{Guid.NewGuid():N}@example.org");
        var id = await alice.CreateStoryAsync(StoryForms.Fields(title, body));
        var alicePage = await alice.GetStringAsync($"/editor/stories/{id}");
        var aliceForm = StoryForms.CurrentFields(alicePage);
        aliceForm["__RequestVerificationToken"] = SignedInClients.AntiforgeryToken(alicePage);
        Assert.Equal(HttpStatusCode.Redirect, (await bob.EditStoryAsync(id, bobChanges)).StatusCode);
        return (id, alice, aliceForm);
    }

    [Fact]
    public async Task A_stale_save_overwrites_nothing_and_shows_both_versions()
    {
        var (id, alice, form) = await BobSavesFirstAsync("Station reboost", "Line one.\nLine two.\n", new() { ["Form.Body"] = "Line one.\nLine two, by Bob.\n" });
        form["Form.Body"] = "Line one.\nLine two, by Alice.\n";

        var response = await alice.PostAsync($"/editor/stories/{id}", new FormUrlEncodedContent(form));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else saved this story while you were editing", html);
        Assert.Contains("Changed by both of you:</strong> Body", html);
        Assert.Contains("Line two, by Bob.", html);
        Assert.Contains("Line two, by Alice.", html);
        Assert.Contains("<del>Bob</del><ins>Alice</ins>", html);
        Assert.Equal("Line one.\nLine two, by Bob.\n", app.WithDb(db => db.Articles.Single(a => a.Id == id).BodyMarkdown));
    }

    [Fact]
    public async Task Changes_to_different_parts_merge_and_saving_the_merge_keeps_both()
    {
        var (id, alice, form) = await BobSavesFirstAsync("Crew rotation", "Para one.\n\nPara two.\n", new() { ["Form.Body"] = "Para one, edited by Bob.\n\nPara two.\n" });
        form["Form.Title"] = "Crew rotation confirmed";
        form["Form.Body"] = "Para one.\n\nPara two, edited by Alice.\n";

        var conflict = await alice.PostAsync($"/editor/stories/{id}", new FormUrlEncodedContent(form));
        var conflictHtml = await conflict.Content.ReadAsStringAsync();
        var merged = StoryForms.CurrentFields(conflictHtml);
        merged["__RequestVerificationToken"] = SignedInClients.AntiforgeryToken(conflictHtml);
        merged["Resolution"] = "merged";
        var save = await alice.PostAsync($"/editor/stories/{id}", new FormUrlEncodedContent(merged));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        var article = app.WithDb(db => db.Articles.Single(a => a.Id == id));
        Assert.Equal("Crew rotation confirmed", article.Title);
        Assert.Equal("Para one, edited by Bob.\n\nPara two, edited by Alice.\n", article.BodyMarkdown.Replace("\r\n", "\n"));
        Assert.Equal("merged with a newer version", app.WithDb(db => db.ArticleRevisions.Single(r => r.ArticleId == id && r.Version == 3).Note));
    }

    [Fact]
    public async Task Keeping_my_version_saves_it_and_their_version_stays_in_the_history()
    {
        var (id, alice, form) = await BobSavesFirstAsync("Spacewalk", "Original.", new() { ["Form.Body"] = "Bob's text." });
        form["Form.Body"] = "Alice's text.";
        var conflictHtml = await (await alice.PostAsync($"/editor/stories/{id}", new FormUrlEncodedContent(form))).Content.ReadAsStringAsync();

        var keepMine = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(conflictHtml)
            .QuerySelectorAll("form").Single(f => f.QuerySelector("input[name='Resolution'][value='mine']") is not null);
        var fields = keepMine.QuerySelectorAll("input, textarea").Where(e => e.GetAttribute("name") is not null)
            .ToDictionary(e => e.GetAttribute("name")!, e => e.LocalName == "textarea" ? e.TextContent.TrimStart('\n') : e.GetAttribute("value") ?? "");
        var save = await alice.PostAsync($"/editor/stories/{id}", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.Equal("Alice's text.", app.WithDb(db => db.Articles.Single(a => a.Id == id).BodyMarkdown));
        Assert.Contains("Bob's text.", app.WithDb(db => db.ArticleRevisions.Where(r => r.ArticleId == id).Select(r => r.BodyMarkdown).ToList()));
    }

    [Fact]
    public void A_field_changed_on_one_side_only_takes_that_side()
    {
        var startedFrom = new StoryForm { Title = "T", Summary = "S", Body = "B\n", Version = 1 };
        var theirs = new StoryForm { Title = "T", Summary = "S2", Body = "B\n", Version = 2 };
        var mine = new StoryForm { Title = "T mine", Summary = "S", Body = "B\n", Version = 1 };

        var (merged, bothChanged) = StoryConflict.Merge(startedFrom, theirs, mine);

        Assert.Equal(("T mine", "S2", 2), (merged.Title, merged.Summary, merged.Version));
        Assert.Empty(bothChanged);
    }

    [Fact]
    public void Without_the_starting_version_every_difference_is_left_to_the_editor()
    {
        var theirs = new StoryForm { Title = "Theirs", Slug = "story", Body = "Same", Version = 7 };
        var mine = new StoryForm { Title = "Mine", Slug = "story", Body = "Same", Version = 3 };

        var (merged, bothChanged) = StoryConflict.Merge(null, theirs, mine);

        Assert.Equal("Mine", merged.Title);
        Assert.Equal(["Title"], bothChanged);
    }
}
