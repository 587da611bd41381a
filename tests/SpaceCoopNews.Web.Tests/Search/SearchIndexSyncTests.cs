using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Search;

/// <summary>The index follows every write: edits, deletes, status changes, re-tagging, catalogue edits.</summary>
public class SearchIndexSyncTests(SearchAppFactory app) : IClassFixture<SearchAppFactory>
{
    private static readonly DateTime Day = new(2021, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private async Task<List<string>> FindAsync(string query)
    {
        var html = await app.CreateClient().GetStringAsync("/search?" + query);
        return SearchCorpus.Slugs(html);
    }

    [Fact]
    public async Task An_edited_story_is_found_by_its_new_words_only()
    {
        var story = await app.AddArticleAsync("edit-me", "Old headline gryphon", "Body about a wyvern.", Day);
        Assert.Equal(["edit-me"], await FindAsync("q=gryphon"));

        await app.ChangeAsync(async db =>
        {
            var article = await db.Articles.SingleAsync(a => a.Id == story.Id);
            article.Title = "New headline basilisk";
            article.BodyMarkdown = "Body about a manticore.";
        });

        Assert.Empty(await FindAsync("q=gryphon"));
        Assert.Empty(await FindAsync("q=wyvern"));
        Assert.Equal(["edit-me"], await FindAsync("q=basilisk"));
        Assert.Equal(["edit-me"], await FindAsync("q=manticore"));
    }

    [Fact]
    public async Task A_deleted_story_disappears_with_its_links()
    {
        var entity = await app.AddEntityAsync(EntityKind.Mission, "hydra-probe", "Hydra Probe");
        var story = await app.AddArticleAsync("delete-me", "Chimera sighting", "Text.", Day);
        await app.LinkEntityAsync(story, entity);
        Assert.Equal(["delete-me"], await FindAsync("q=chimera"));

        await app.ChangeAsync(async db => db.Articles.Remove(await db.Articles.SingleAsync(a => a.Id == story.Id)));

        Assert.Empty(await FindAsync("q=chimera"));
        Assert.Empty(await FindAsync("mission=hydra-probe"));
    }

    [Fact]
    public async Task Unpublishing_hides_a_story_and_republishing_shows_it()
    {
        var story = await app.AddArticleAsync("status-me", "Kraken report", "Text.", Day);
        Assert.Equal(["status-me"], await FindAsync("q=kraken"));

        await app.ChangeAsync(async db => (await db.Articles.SingleAsync(a => a.Id == story.Id)).Status = ArticleStatus.Draft);
        Assert.Empty(await FindAsync("q=kraken"));

        await app.ChangeAsync(async db => (await db.Articles.SingleAsync(a => a.Id == story.Id)).Status = ArticleStatus.Published);
        Assert.Equal(["status-me"], await FindAsync("q=kraken"));

        await app.ChangeAsync(async db => (await db.Articles.SingleAsync(a => a.Id == story.Id)).PublishedAt = DateTime.UtcNow.AddDays(1));
        Assert.Empty(await FindAsync("q=kraken"));
    }

    [Fact]
    public async Task Re_tagging_changes_what_entity_names_find()
    {
        var entity = await app.AddEntityAsync(EntityKind.Agency, "selene-agency", "Selene Agency", "SLA");
        var story = await app.AddArticleAsync("tag-me", "A story about a lander", "Nothing named here.", Day);
        Assert.Empty(await FindAsync("q=selene"));

        await app.LinkEntityAsync(story, entity);
        Assert.Equal(["tag-me"], await FindAsync("q=selene"));
        Assert.Equal(["tag-me"], await FindAsync("agency=selene-agency"));

        await app.SetLinkStateAsync(story, entity, LinkState.Rejected);
        Assert.Empty(await FindAsync("q=selene"));
        Assert.Empty(await FindAsync("agency=selene-agency"));

        await app.SetLinkStateAsync(story, entity, LinkState.Confirmed);
        Assert.Equal(["tag-me"], await FindAsync("q=SLA"));

        await app.ChangeAsync(async db => db.ArticleEntities.Remove(await db.ArticleEntities.SingleAsync(l => l.ArticleId == story.Id)));
        Assert.Empty(await FindAsync("q=selene"));
    }

    [Fact]
    public async Task Renaming_an_entity_reindexes_its_stories()
    {
        var entity = await app.AddEntityAsync(EntityKind.Person, "pat-doe", "Pat Doe");
        var story = await app.AddArticleAsync("rename-me", "Spacewalk record", "Text.", Day);
        await app.LinkEntityAsync(story, entity);
        Assert.Equal(["rename-me"], await FindAsync("q=doe"));

        await app.ChangeAsync(async db =>
        {
            var found = await db.Entities.SingleAsync(e => e.Id == entity.Id);
            found.Name = "Pat Quillfeather";
            found.Aliases = ["Quill"];
        });

        Assert.Empty(await FindAsync("q=doe"));
        Assert.Equal(["rename-me"], await FindAsync("q=quillfeather"));
        Assert.Equal(["rename-me"], await FindAsync("q=quill"));
        Assert.Contains(">Pat Quillfeather</a>", await app.CreateClient().GetStringAsync("/search?q=quill"));
    }

    [Fact]
    public async Task The_index_passes_its_integrity_check_after_every_kind_of_write()
    {
        var entity = await app.AddEntityAsync(EntityKind.Agency, "check-agency", "Check Agency");
        var story = await app.AddArticleAsync("check-me", "Integrity", "Text.", Day);
        await app.LinkEntityAsync(story, entity);
        await app.ChangeAsync(async db => (await db.Articles.SingleAsync(a => a.Id == story.Id)).Summary = "Changed.");
        await app.ChangeAsync(async db => db.Entities.Remove(await db.Entities.SingleAsync(e => e.Id == entity.Id)));

        await app.ChangeAsync(db => db.Database.ExecuteSqlRawAsync("INSERT INTO ArticleSearch (ArticleSearch, rank) VALUES ('integrity-check', 1)"));
        Assert.Equal(["check-me"], await FindAsync("q=integrity"));
    }
}
