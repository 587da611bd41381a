using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SpaceCoopNews.Web.Accounts;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Tagging;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Editor;

public class TagReviewTests(EmptyNewsAppFactory app) : IClassFixture<EmptyNewsAppFactory>
{
    private const string Body = "NASA and Roscosmos signed a joint statement on the Lunar Gateway in lunar orbit.";

    private async Task<(HttpClient Editor, int Id, string Slug)> PublishTaggedStoryAsync()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var title = $"Gateway partners meet {Guid.NewGuid():N}"[..30];
        var id = await editor.CreateStoryAsync(StoryForms.Fields(title, Body, "Published", "2024-03-01T10:00"));
        return (editor, id, app.WithDb(db => db.Articles.Single(a => a.Id == id).Slug));
    }

    private int EntityId(string slug) => app.WithDb(db => db.Entities.Single(e => e.Slug == slug).Id);

    private static Task<HttpResponseMessage> DecideAsync(HttpClient editor, int id, int entity, string decision) =>
        editor.SubmitFormAsync($"/editor/stories/{id}/entities", [], $"/editor/stories/{id}/entities?handler=Decide&entity={entity}&decision={decision}");

    [Fact]
    public async Task Saving_tags_the_story_and_the_review_shows_confidence_and_highlighted_mentions()
    {
        var (editor, id, _) = await PublishTaggedStoryAsync();

        var html = await editor.GetStringAsync($"/editor/stories/{id}/entities");

        Assert.Contains(">NASA</a>", html);
        Assert.Contains("<mark class=\"mention\">NASA</mark> and Roscosmos signed", html);
        Assert.Contains("<mark class=\"mention\">Roscosmos</mark>", html);
        Assert.Matches(@"confidence \d+\s?%", html);
    }

    [Fact]
    public async Task Rejections_and_manual_links_survive_saving_and_retagging()
    {
        var (editor, id, slug) = await PublishTaggedStoryAsync();
        await DecideAsync(editor, id, EntityId("nasa"), "Reject");
        await DecideAsync(editor, id, EntityId("roscosmos"), "Confirm");
        var added = await editor.SubmitFormAsync($"/editor/stories/{id}/entities", new() { ["EntityName"] = "JAXA" }, $"/editor/stories/{id}/entities?handler=Add");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        await editor.EditStoryAsync(id, new() { ["Form.Body"] = Body + " NASA said more later." });
        await app.Services.GetRequiredService<RetagService>().RetagAllAsync(CancellationToken.None);

        var links = app.WithDb(db => db.ArticleEntities.Where(l => l.ArticleId == id).Select(l => new { l.Entity.Slug, l.State, l.Source }).ToDictionary(l => l.Slug, l => (l.State, l.Source)));
        Assert.Equal((LinkState.Rejected, LinkSource.Automatic), links["nasa"]);
        Assert.Equal((LinkState.Confirmed, LinkSource.Automatic), links["roscosmos"]);
        Assert.Equal((LinkState.Confirmed, LinkSource.Editor), links["jaxa"]);
        var reader = await app.CreateClient().GetStringAsync($"/articles/{slug}");
        Assert.DoesNotContain("href=\"/agencies/nasa\"", reader);
        Assert.Contains("href=\"/agencies/jaxa\"", reader);
    }

    [Fact]
    public async Task Removing_a_manual_link_deletes_it_and_undo_restores_a_suggestion()
    {
        var (editor, id, _) = await PublishTaggedStoryAsync();
        await editor.SubmitFormAsync($"/editor/stories/{id}/entities", new() { ["EntityName"] = "esa" }, $"/editor/stories/{id}/entities?handler=Add");
        await DecideAsync(editor, id, EntityId("nasa"), "Reject");

        await DecideAsync(editor, id, EntityId("esa"), "Undo");
        await DecideAsync(editor, id, EntityId("nasa"), "Undo");

        var links = app.WithDb(db => db.ArticleEntities.Where(l => l.ArticleId == id).Select(l => new { l.Entity.Slug, l.State }).ToDictionary(l => l.Slug, l => l.State));
        Assert.False(links.ContainsKey("esa"));
        Assert.Equal(LinkState.Suggested, links["nasa"]);
    }

    [Fact]
    public async Task Adding_an_unknown_entity_gets_a_message_by_the_field()
    {
        var (editor, id, _) = await PublishTaggedStoryAsync();

        var response = await editor.SubmitFormAsync($"/editor/stories/{id}/entities", new() { ["EntityName"] = "Planet Express" }, $"/editor/stories/{id}/entities?handler=Add");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No agency, mission or person is called", StoryForms.FieldError(await response.Content.ReadAsStringAsync(), "EntityName"));
    }

    [Fact]
    public async Task The_typeahead_returns_at_most_ten_matches_from_the_server()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);

        var ros = JsonDocument.Parse(await editor.GetStringAsync("/editor/entities/suggest?q=rosc")).RootElement;
        var s = JsonDocument.Parse(await editor.GetStringAsync("/editor/entities/suggest?q=s")).RootElement;
        var empty = await editor.GetAsync("/editor/entities/suggest?q=");
        var anonymous = await app.CreateBrowserClient().GetAsync("/editor/entities/suggest?q=nasa");

        Assert.Contains(ros.EnumerateArray(), e => e.GetProperty("slug").GetString() == "roscosmos");
        Assert.Equal(10, s.GetArrayLength());
        Assert.True(app.WithDb(db => db.Entities.Count()) > 10);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    [Fact]
    public async Task The_review_page_offers_the_most_used_entities()
    {
        var (editor, id, _) = await PublishTaggedStoryAsync();
        await PublishTaggedStoryAsync();
        var other = await editor.CreateStoryAsync(StoryForms.Fields($"Unrelated {Guid.NewGuid():N}", "Nothing to tag here."));

        var html = await editor.GetStringAsync($"/editor/stories/{other}/entities");

        Assert.Contains("Most used", html);
        Assert.Contains("+ NASA", html);
        Assert.DoesNotContain("+ NASA", await editor.GetStringAsync($"/editor/stories/{id}/entities"));
    }
}
