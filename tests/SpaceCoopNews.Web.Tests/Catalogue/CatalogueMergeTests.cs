using System.Net;
using SpaceCoopNews.Web.Accounts;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Catalogue;

public class CatalogueMergeTests(CatalogueAppFactory app) : IClassFixture<CatalogueAppFactory>
{
    private static readonly DateTime Day = new(2024, 6, 1, 9, 0, 0, DateTimeKind.Utc);

    private HttpClient Reader() => app.CreateBrowserClient();

    private async Task<Article> StoryAsync(string title, params (Entity Entity, LinkState State)[] links)
    {
        var story = await app.AddArticleAsync(Web.Articles.Slug.From(title), title, "Body without the names.", Day);
        foreach (var (entity, state) in links)
        {
            await app.LinkEntityAsync(story, entity, state);
        }
        return story;
    }

    [Fact]
    public async Task Merging_redirects_the_merged_slug_and_the_kept_page_lists_the_stories_of_both()
    {
        var admin = await app.CreateSignedInClientAsync(Roles.Admin);
        var keep = await app.AddEntityAsync(EntityKind.Agency, "tethys-space-agency", "Tethys Space Agency", "TSA");
        var merge = await app.AddEntityAsync(EntityKind.Agency, "tethys-agency", "Tethys Orbital Directorate", "TOD");
        await StoryAsync("Kept entity story alpha", (keep, LinkState.Suggested));
        await StoryAsync("Merged entity story beta", (merge, LinkState.Confirmed));
        var preview = await admin.GetStringAsync("/admin/catalogue/merge?keep=tethys-space-agency&merge=tethys-agency");
        Assert.Contains("Merge Tethys Orbital Directorate into Tethys Space Agency</button>", preview);

        var response = await admin.MergeAsync("tethys-space-agency", "tethys-agency");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var moved = await Reader().GetAsync("/agencies/tethys-agency");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/agencies/tethys-space-agency", moved.Headers.Location?.OriginalString);
        var page = await Reader().GetStringAsync("/agencies/tethys-space-agency");
        Assert.Contains("Kept entity story alpha", page);
        Assert.Contains("Merged entity story beta", page);
        Assert.Contains("TSA, Tethys Orbital Directorate, TOD", page);
        Assert.False(app.WithDb(db => db.Entities.Any(e => e.Slug == "tethys-agency")));
        Assert.Contains(app.WithDb(db => db.AuditEntries.Select(a => a.Action).ToList()), a => a == "entity.merge");
    }

    [Fact]
    public async Task Searching_the_merged_name_finds_the_kept_entitys_stories()
    {
        var admin = await app.CreateSignedInClientAsync(Roles.Admin);
        var keep = await app.AddEntityAsync(EntityKind.Mission, "vesta-lander", "Vesta Lander");
        var merge = await app.AddEntityAsync(EntityKind.Mission, "vesta-surface-probe", "Quokka Surface Probe");
        await StoryAsync("Lander touches down gently", (keep, LinkState.Suggested));
        var before = await Reader().GetStringAsync("/search?q=quokka+surface+probe");
        Assert.DoesNotContain("Lander touches down gently", before);

        await admin.MergeAsync("vesta-lander", "vesta-surface-probe");

        var after = await Reader().GetStringAsync("/search?q=quokka+surface+probe");
        Assert.Contains("Lander touches down gently", after);
    }

    [Fact]
    public async Task A_story_linked_to_both_keeps_one_link_and_the_editors_decision()
    {
        var admin = await app.CreateSignedInClientAsync(Roles.Admin);
        var keep = await app.AddEntityAsync(EntityKind.Person, "ada-orbit", "Ada Orbit");
        var merge = await app.AddEntityAsync(EntityKind.Person, "ada-orbitova", "Ada Orbitova");
        var confirmed = await StoryAsync("Both linked, one confirmed", (keep, LinkState.Suggested), (merge, LinkState.Confirmed));
        var oneRejected = await StoryAsync("Both linked, one rejected", (keep, LinkState.Rejected), (merge, LinkState.Suggested));
        var bothRejected = await StoryAsync("Both linked, both rejected", (keep, LinkState.Rejected), (merge, LinkState.Rejected));

        await admin.MergeAsync("ada-orbit", "ada-orbitova");

        var links = app.WithDb(db => db.ArticleEntities.Where(l => l.EntityId == keep.Id).ToDictionary(l => l.ArticleId, l => l.State));
        Assert.Equal(LinkState.Confirmed, links[confirmed.Id]);
        Assert.Equal(LinkState.Suggested, links[oneRejected.Id]);
        Assert.Equal(LinkState.Rejected, links[bothRejected.Id]);
        Assert.Equal(3, links.Count);
        var page = await Reader().GetStringAsync("/people/ada-orbit");
        Assert.Contains("Both linked, one rejected", page);
        Assert.DoesNotContain("Both linked, both rejected", page);
    }

    [Fact]
    public async Task Redirects_related_lists_and_old_slugs_follow_the_kept_entity()
    {
        var admin = await app.CreateSignedInClientAsync(Roles.Admin);
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var keep = await app.AddEntityAsync(EntityKind.Mission, "rhea-orbiter", "Rhea Orbiter");
        var merge = await app.AddEntityAsync(EntityKind.Mission, "rhea-orbiter-old", "Rhea Orbiter Old");
        await editor.EditEntryAsync(merge.Id, new() { ["Form.Slug"] = "rhea-duplicate" });
        await app.ChangeAsync(async db => (await db.Entities.FindAsync(app.WithDb(d => d.Entities.Single(e => e.Slug == "nasa").Id)))!.Related.Add("rhea-duplicate"));

        await admin.MergeAsync("rhea-orbiter", "rhea-duplicate");

        Assert.Equal("/missions/rhea-orbiter", (await Reader().GetAsync("/missions/rhea-orbiter-old")).Headers.Location?.OriginalString);
        Assert.Equal("/missions/rhea-orbiter", (await Reader().GetAsync("/missions/rhea-duplicate")).Headers.Location?.OriginalString);
        var nasaRelated = app.WithDb(db => db.Entities.Single(e => e.Slug == "nasa").Related);
        Assert.Contains("rhea-orbiter", nasaRelated);
        Assert.DoesNotContain("rhea-duplicate", nasaRelated);
    }

    [Fact]
    public async Task Entries_of_different_kinds_or_the_same_entry_are_not_merged()
    {
        var admin = await app.CreateSignedInClientAsync(Roles.Admin);
        await app.AddEntityAsync(EntityKind.Agency, "mimas-agency", "Mimas Agency");
        await app.AddEntityAsync(EntityKind.Mission, "mimas-mission", "Mimas Mission");

        var kinds = await admin.MergeAsync("mimas-agency", "mimas-mission");
        var same = await admin.MergeAsync("mimas-agency", "mimas-agency");
        var unknown = await admin.MergeAsync("mimas-agency", "no-such-entry");

        Assert.Equal(HttpStatusCode.OK, kinds.StatusCode);
        Assert.Contains("only entries of the same kind merge", StoryForms.FieldError(await kinds.Content.ReadAsStringAsync(), "Merge"));
        Assert.Contains("other than the one kept", StoryForms.FieldError(await same.Content.ReadAsStringAsync(), "Merge"));
        Assert.Contains("No entry has the slug", StoryForms.FieldError(await unknown.Content.ReadAsStringAsync(), "Merge"));
        Assert.True(app.WithDb(db => db.Entities.Count(e => e.Slug.StartsWith("mimas-"))) == 2);
    }
}
