using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SpaceCoopNews.Web.Accounts;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Tagging;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Catalogue;

public class CatalogueEditingTests(CatalogueAppFactory app) : IClassFixture<CatalogueAppFactory>
{
    private static string Unique(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 9)];

    private HttpClient Reader() => app.CreateBrowserClient();

    [Fact]
    public async Task A_new_entry_appears_at_its_public_page_and_is_marked_as_edited()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var name = Unique("Lunar Relay Office");

        var id = await editor.CreateEntryAsync(CatalogueForms.Fields(name, "Agency", description: "Runs the relay satellites."));

        var slug = app.WithDb(db => db.Entities.Single(e => e.Id == id).Slug);
        Assert.Equal(Web.Articles.Slug.From(name), slug);
        var html = await Reader().GetStringAsync($"/agencies/{slug}");
        Assert.Contains($"<h1>{name}</h1>", html);
        Assert.Contains("Runs the relay satellites.", html);
        Assert.True(app.WithDb(db => db.Entities.Single(e => e.Id == id).EditedByEditor));
        Assert.Contains(app.WithDb(db => db.AuditEntries.Select(a => new { a.Action, a.Target }).ToList()), a => a.Action == "entity.create" && a.Target == $"entity:{slug}");
    }

    [Fact]
    public async Task A_new_story_using_an_added_alias_is_linked_to_the_entry()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var id = await editor.CreateEntryAsync(CatalogueForms.Fields("Kestrel Orbital Tug", "Mission"));
        var edited = await editor.EditEntryAsync(id, new() { ["Form.Aliases"] = "Kestrel Tug\nKOT-1" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        var story = await editor.CreateStoryAsync(StoryForms.Fields(Unique("Tug test"), "Engineers fired the Kestrel Tug engines for the first time in orbit.", "Published", "2024-03-01T10:00"));

        var slug = app.WithDb(db => db.Articles.Single(a => a.Id == story).Slug);
        Assert.Contains("href=\"/missions/kestrel-orbital-tug\"", await Reader().GetStringAsync($"/articles/{slug}"));
        Assert.Contains("Kestrel Tug, KOT-1", await Reader().GetStringAsync("/missions/kestrel-orbital-tug"));
    }

    [Fact]
    public async Task Re_tagging_after_an_alias_edit_links_stories_already_published()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var title = Unique("Bureau report");
        var story = await app.AddArticleAsync(Web.Articles.Slug.From(title), title, "The Orbital Cooperation Bureau approved the plan.", new DateTime(2024, 4, 1, 9, 0, 0, DateTimeKind.Utc));
        var esa = app.WithDb(db => db.Entities.Single(e => e.Slug == "esa"));
        Assert.DoesNotContain("href=\"/agencies/esa\"", await Reader().GetStringAsync($"/articles/{story.Slug}"));

        var aliases = string.Join('\n', esa.Aliases.Append("Orbital Cooperation Bureau"));
        await editor.EditEntryAsync(esa.Id, new() { ["Form.Aliases"] = aliases });
        await app.Services.GetRequiredService<RetagService>().RetagAllAsync(CancellationToken.None);

        Assert.Contains("href=\"/agencies/esa\"", await Reader().GetStringAsync($"/articles/{story.Slug}"));
        Assert.Contains(title, await Reader().GetStringAsync("/agencies/esa"));
    }

    [Fact]
    public async Task Renaming_keeps_the_old_address_as_a_permanent_redirect_and_the_new_page_shows_the_stories()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var id = await editor.CreateEntryAsync(CatalogueForms.Fields("Polar Launch Authority", slug: "polar-launch-authority"));
        var title = Unique("Polar launch approved");
        var story = await app.AddArticleAsync(Web.Articles.Slug.From(title), title, "Body.", new DateTime(2024, 5, 1, 9, 0, 0, DateTimeKind.Utc));
        await app.LinkEntityAsync(story, app.WithDb(db => db.Entities.Single(e => e.Id == id)));
        Assert.Equal(HttpStatusCode.OK, (await Reader().GetAsync("/agencies/polar-launch-authority")).StatusCode);

        var saved = await editor.EditEntryAsync(id, new() { ["Form.Name"] = "Arctic Launch Authority", ["Form.Slug"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var old = await Reader().GetAsync("/agencies/polar-launch-authority");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/agencies/arctic-launch-authority", old.Headers.Location?.OriginalString);
        var wrongSection = await Reader().GetAsync("/people/polar-launch-authority?page=2");
        Assert.Equal("/agencies/arctic-launch-authority?page=2", wrongSection.Headers.Location?.OriginalString);
        var feed = await Reader().GetAsync("/agencies/polar-launch-authority/feed.xml");
        Assert.Equal(HttpStatusCode.MovedPermanently, feed.StatusCode);
        Assert.Equal("/agencies/arctic-launch-authority/feed.xml", feed.Headers.Location?.OriginalString);
        var page = await Reader().GetStringAsync("/agencies/arctic-launch-authority");
        Assert.Contains("<h1>Arctic Launch Authority</h1>", page);
        Assert.Contains(title, page);
    }

    [Fact]
    public async Task A_save_over_an_entry_someone_changed_meanwhile_is_stopped_and_shows_both_versions()
    {
        var first = await app.CreateSignedInClientAsync(Roles.Editor);
        var second = await app.CreateSignedInClientAsync(Roles.Editor);
        var id = await first.CreateEntryAsync(CatalogueForms.Fields("Steppe Launch Office", aliases: "SLO"));
        var firstSaves = await first.OpenEntryAsync(id);
        var secondSaves = await second.OpenEntryAsync(id);

        Assert.Equal(HttpStatusCode.Redirect, (await firstSaves(new() { ["Form.Aliases"] = "SLO\nSteppe Office" })).StatusCode);
        var stale = await secondSaves(new() { ["Form.Description"] = "Launch office on the steppe." });
        var html = await stale.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone else saved this entry while you were editing", html);
        Assert.Contains("SLO, Steppe Office", html);
        Assert.Contains("Launch office on the steppe.", html);
        var stored = app.WithDb(db => db.Entities.Single(e => e.Id == id));
        Assert.Equal(["SLO", "Steppe Office"], stored.Aliases);
        Assert.Equal("", stored.Description);

        // Saving again from the conflict page is a knowing choice, and goes through.
        var fields = FormFields.Of(html, "form#entity-form");
        fields["__RequestVerificationToken"] = SignedInClients.AntiforgeryToken(html);
        var again = await second.PostAsync($"/editor/catalogue/{id}", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Launch office on the steppe.", app.WithDb(db => db.Entities.Single(e => e.Id == id)).Description);
    }

    [Fact]
    public async Task A_bookmarked_search_filtered_by_an_old_slug_moves_to_the_current_one()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var id = await editor.CreateEntryAsync(CatalogueForms.Fields("Tundra Rocket Works", slug: "tundra-rocket-works"));
        await editor.EditEntryAsync(id, new() { ["Form.Name"] = "Taiga Rocket Works", ["Form.Slug"] = "" });

        var moved = await Reader().GetAsync("/search?q=engine&agency=tundra-rocket-works&sort=newest");
        var unknown = await Reader().GetAsync("/search?agency=no-such-agency-ever");

        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/search?q=engine&agency=taiga-rocket-works&sort=newest", moved.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Contains("We have no agency called", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Taking_an_old_slug_back_ends_its_redirect()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var id = await editor.CreateEntryAsync(CatalogueForms.Fields("Comet Sample Return", "Mission", slug: "comet-sample-return"));
        await editor.EditEntryAsync(id, new() { ["Form.Slug"] = "csr-mission" });

        var back = await editor.EditEntryAsync(id, new() { ["Form.Slug"] = "comet-sample-return" });

        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Reader().GetAsync("/missions/comet-sample-return")).StatusCode);
        var moved = await Reader().GetAsync("/missions/csr-mission");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/missions/comet-sample-return", moved.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_slug_in_use_or_kept_as_a_redirect_gets_a_message_by_the_field_and_nothing_is_stored()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var before = app.WithDb(db => db.Entities.Count());

        var taken = await editor.SubmitFormAsync("/editor/catalogue/new", CatalogueForms.Fields("Another NASA", slug: "nasa"));

        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Contains("NASA already uses the address /agencies/nasa", StoryForms.FieldError(await taken.Content.ReadAsStringAsync(), "Form.Slug"));
        Assert.Equal(before, app.WithDb(db => db.Entities.Count()));

        var id = await editor.CreateEntryAsync(CatalogueForms.Fields("Deep Sky Survey", "Mission", slug: "deep-sky-survey"));
        await editor.EditEntryAsync(id, new() { ["Form.Slug"] = "deep-sky-survey-2" });
        var redirected = await editor.SubmitFormAsync("/editor/catalogue/new", CatalogueForms.Fields("Deep Sky Survey", "Mission", slug: "deep-sky-survey"));
        Assert.Contains("old address of Deep Sky Survey", StoryForms.FieldError(await redirected.Content.ReadAsStringAsync(), "Form.Slug"));
        Assert.Equal(before + 1, app.WithDb(db => db.Entities.Count()));
    }

    [Theory]
    [InlineData("Form.Name", "", "Form.Name", "Enter the name")]
    [InlineData("Form.Aliases", "LONG_ALIAS", "Form.Aliases", "Each alias is at most 200 characters")]
    [InlineData("Form.Slug", "Not A Slug!", "Form.Slug", "lowercase letters")]
    [InlineData("Form.Name", "!!!", "Form.Slug", "enter a slug")]
    [InlineData("Form.Kind", "Planet", "Form.Kind", "The value 'Planet'")]
    [InlineData("Form.Kind", "7", "Form.Kind", "The value '7'")]
    [InlineData("Form.Description", "LONG_TEXT", "Form.Description", "at most 2,000 characters")]
    public async Task Bad_input_gets_a_message_by_the_field_not_an_error_page(string field, string value, string messageField, string message)
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var before = app.WithDb(db => db.Entities.Count());
        var fields = CatalogueForms.Fields(Unique("Valid name"));
        fields[field] = value switch { "LONG_ALIAS" => "Fine alias\n" + new string('x', 10_000), "LONG_TEXT" => new string('d', 2001), _ => value };

        var response = await editor.SubmitFormAsync("/editor/catalogue/new", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = StoryForms.FieldError(await response.Content.ReadAsStringAsync(), messageField);
        Assert.NotEmpty(error);
        Assert.Contains(message, error);
        Assert.Equal(before, app.WithDb(db => db.Entities.Count()));
    }

    [Fact]
    public async Task Posting_without_the_antiforgery_token_is_refused()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);

        var response = await editor.PostAsync("/editor/catalogue/new", new FormUrlEncodedContent(CatalogueForms.Fields("Forged Agency")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(app.WithDb(db => db.Entities.Any(e => e.Name == "Forged Agency")));
    }

    [Fact]
    public async Task Script_in_a_name_or_description_renders_inert_on_the_entity_page_and_the_catalogue_list()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var id = await editor.CreateEntryAsync(CatalogueForms.Fields("Xss <script>alert(1)</script> Agency", aliases: "<img src=x onerror=alert(1)>",
            description: "\"><svg/onload=alert(1)> <iframe src=\"javascript:alert(1)\"></iframe>"));
        var slug = app.WithDb(db => db.Entities.Single(e => e.Id == id).Slug);

        var page = await Reader().GetStringAsync($"/agencies/{slug}");
        var list = await editor.GetStringAsync("/editor/catalogue?q=xss");
        var form = await editor.GetStringAsync($"/editor/catalogue/{id}");

        Assert.Contains("&lt;script&gt;", page);
        InertPage.AssertInert(page, "entity page");
        Assert.Contains("&lt;script&gt;", list);
        InertPage.AssertInert(list, "catalogue list");
        InertPage.AssertInert(form, "edit form");
    }

    [Fact]
    public async Task The_list_finds_entries_by_alias_filters_by_kind_and_pages()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);

        var byAlias = await editor.GetStringAsync("/editor/catalogue?q=russian+space+agency");
        var people = await editor.GetStringAsync("/editor/catalogue?kind=people");
        var all = await editor.GetStringAsync("/editor/catalogue");
        var second = await editor.GetStringAsync("/editor/catalogue?page=2");
        var bad = await editor.GetAsync("/editor/catalogue?kind=planets");

        Assert.Contains(">Roscosmos</a>", byAlias);
        Assert.DoesNotContain("/agencies/", people.Split("<tbody>")[1]);
        Assert.Equal(Web.Pages.Editor.Catalogue.IndexModel.PageSize, CountRows(all));
        Assert.Contains("rel=\"next\"", all);
        Assert.Equal(Web.Pages.Editor.Catalogue.IndexModel.PageSize, CountRows(second));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Editors_see_an_edit_link_on_entity_pages_and_readers_do_not()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var nasa = app.WithDb(db => db.Entities.Single(e => e.Slug == "nasa").Id);

        Assert.DoesNotContain("Edit this entry", await Reader().GetStringAsync("/agencies/nasa"));
        Assert.Contains($"href=\"/editor/catalogue/{nasa}\">Edit this entry", await editor.GetStringAsync("/agencies/nasa"));
        Assert.DoesNotContain("Edit this entry", await Reader().GetStringAsync("/agencies/nasa"));
    }

    private static int CountRows(string html) => html.Split("<tbody>")[1].Split("</tbody>")[0].Split("<tr>").Length - 1;
}
