using System.Net;
using SpaceCoopNews.Web.Accounts;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Editor;

public class WritingTests(EmptyNewsAppFactory app) : IClassFixture<EmptyNewsAppFactory>
{
    [Fact]
    public async Task A_new_story_is_a_draft_listed_for_editors_and_hidden_from_readers()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);

        var id = await editor.CreateStoryAsync(StoryForms.Fields("Soyuz rollout postponed"));
        var list = await editor.GetStringAsync("/editor?state=draft");
        var reader = await app.CreateClient().GetAsync("/articles/soyuz-rollout-postponed");

        Assert.Contains($"href=\"/editor/stories/{id}\">Soyuz rollout postponed</a>", list);
        Assert.Equal(HttpStatusCode.NotFound, reader.StatusCode);
        Assert.DoesNotContain("Soyuz rollout postponed", await app.CreateClient().GetStringAsync("/"));
    }

    [Fact]
    public async Task The_preview_button_posts_to_the_preview_handler_for_new_and_stored_stories()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var id = await editor.CreateStoryAsync(StoryForms.Fields("Progress docks early"));

        Assert.Contains("formaction=\"/editor/stories?handler=Preview\"", await editor.GetStringAsync("/editor/stories"));
        Assert.Contains($"formaction=\"/editor/stories/{id}?handler=Preview\"", await editor.GetStringAsync($"/editor/stories/{id}"));
    }

    [Fact]
    public async Task The_slug_is_made_from_the_title_without_diacritics()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);

        var id = await editor.CreateStoryAsync(StoryForms.Fields("Krikalëv’s Ñew Mission: Ångström & Co.", publication: "Published"));

        Assert.Equal("krikalevs-new-mission-angstrom-co", app.WithDb(db => db.Articles.Single(a => a.Id == id).Slug));
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/articles/krikalevs-new-mission-angstrom-co")).StatusCode);
    }

    [Fact]
    public async Task A_slug_clash_gets_a_message_by_the_field_and_saves_nothing()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        await editor.CreateStoryAsync(StoryForms.Fields("Gateway module ships"));

        var response = await editor.SubmitFormAsync("/editor/stories", StoryForms.Fields("Gateway module ships"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Another story already uses the address /articles/gateway-module-ships", StoryForms.FieldError(html, "Form.Slug"));
        Assert.Equal(1, app.WithDb(db => db.Articles.Count(a => a.Title == "Gateway module ships")));
    }

    [Theory]
    [InlineData("Form.SourceUrl", "javascript:alert(1)", "Enter a full web address starting with https://")]
    [InlineData("Form.SourceUrl", "ftp://example.org/x", "Enter a full web address starting with https://")]
    [InlineData("Form.Slug", "Not A Slug!", "Use lowercase letters, digits and single hyphens only")]
    [InlineData("Form.Title", "", "Give the story a title.")]
    [InlineData("Form.PublishedAt", "not a date", "is not valid")]
    [InlineData("Form.Publication", "Nonsense", "is not valid")]
    public async Task Bad_input_gets_a_message_by_the_field(string field, string value, string message)
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var fields = StoryForms.Fields("Bad input story");
        fields[field] = value;

        var response = await editor.SubmitFormAsync("/editor/stories", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, StoryForms.FieldError(html, field));
        Assert.False(app.WithDb(db => db.Articles.Any(a => a.Title == "Bad input story")));
    }

    [Fact]
    public async Task Preview_renders_the_markdown_without_saving()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var fields = StoryForms.Fields("Preview only", "## Docking\n\n**Hard dock** confirmed.");

        var response = await editor.SubmitFormAsync("/editor/stories", fields, "/editor/stories?handler=Preview");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<strong>Hard dock</strong>", html);
        Assert.Contains("Preview (not saved)", html);
        Assert.False(app.WithDb(db => db.Articles.Any(a => a.Title == "Preview only")));
    }

    [Fact]
    public async Task Saving_again_from_the_reloaded_form_never_conflicts_with_yourself()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var id = await editor.CreateStoryAsync(StoryForms.Fields("Repeated saves"));

        for (var i = 1; i <= 3; i++)
        {
            var response = await editor.EditStoryAsync(id, new() { ["Form.Body"] = $"Edit number {i}." });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Equal("Edit number 3.", app.WithDb(db => db.Articles.Single(a => a.Id == id).BodyMarkdown));
    }

    [Fact]
    public async Task The_list_filters_by_state_searches_titles_and_pages()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var inReview = StoryForms.Fields("Lunar lander review copy");
        inReview["Form.Workflow"] = "InReview";
        await editor.CreateStoryAsync(inReview);
        await editor.CreateStoryAsync(StoryForms.Fields("Lunar lander published", publication: "Published"));
        for (var i = 0; i < 26; i++)
        {
            await editor.CreateStoryAsync(StoryForms.Fields($"Paging filler {i:00}"));
        }

        var review = await editor.GetStringAsync("/editor?state=in-review&q=lunar");
        var published = await editor.GetStringAsync("/editor?state=published&q=LUNAR");
        var percent = await editor.GetStringAsync("/editor?q=%25");
        var second = await editor.GetStringAsync("/editor?q=filler&page=2");

        Assert.Contains("Lunar lander review copy", review);
        Assert.DoesNotContain("Lunar lander published", review);
        Assert.Contains("Lunar lander published", published);
        Assert.DoesNotContain("Lunar lander review copy", published);
        Assert.Contains("No stories match.", percent);
        Assert.Contains("Paging filler 00", second);
        Assert.DoesNotContain("Paging filler 25", second);
    }

    [Theory]
    [InlineData("/editor?state=bogus")]
    [InlineData("/editor?page=0")]
    [InlineData("/editor/stories/999999")]
    public async Task Bad_list_or_story_addresses_get_a_status_page(string path)
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);

        var response = await editor.GetAsync(path);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Saves_are_in_the_audit_log()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor, "audited.editor@example.org");
        await editor.CreateStoryAsync(StoryForms.Fields("Audited story"));
        var admin = await app.CreateSignedInClientAsync(Roles.Admin);

        var audit = await admin.GetStringAsync("/admin/audit");

        Assert.Contains("audited.editor@example.org", audit);
        Assert.Contains("article:audited-story", audit);
    }
}

/// <summary>Links readers shared keep working when an editor changes a published story's address.</summary>
public class StorySlugChangeTests(EmptyNewsAppFactory app) : IClassFixture<EmptyNewsAppFactory>
{
    [Fact]
    public async Task The_old_address_of_a_published_story_redirects_permanently_to_the_new_one()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var id = await editor.CreateStoryAsync(StoryForms.Fields("Starliner test flight slips", publication: "Published"));

        await editor.EditStoryAsync(id, new() { ["Form.Slug"] = "starliner-crew-flight-slips" });
        var reader = app.CreateClient(new() { AllowAutoRedirect = false });
        var old = await reader.GetAsync("/articles/starliner-test-flight-slips");

        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/articles/starliner-crew-flight-slips", old.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/articles/starliner-crew-flight-slips")).StatusCode);
    }

    [Fact]
    public async Task A_draft_leaves_no_redirect_and_a_slug_taken_back_stops_redirecting()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var draft = await editor.CreateStoryAsync(StoryForms.Fields("Draft about a lunar lander"));
        await editor.EditStoryAsync(draft, new() { ["Form.Slug"] = "draft-about-a-lander" });
        var published = await editor.CreateStoryAsync(StoryForms.Fields("Ariane 6 second launch", publication: "Published"));
        await editor.EditStoryAsync(published, new() { ["Form.Slug"] = "ariane-6-flight-two" });
        await editor.EditStoryAsync(published, new() { ["Form.Slug"] = "ariane-6-second-launch" });

        var reader = app.CreateClient(new() { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/articles/draft-about-a-lunar-lander")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/articles/ariane-6-second-launch")).StatusCode);
        Assert.Equal("/articles/ariane-6-second-launch", (await reader.GetAsync("/articles/ariane-6-flight-two")).Headers.Location?.OriginalString);
    }
}
