using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceCoopNews.Web.Accounts;
using SpaceCoopNews.Web.Tagging;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Catalogue;

public class CatalogueSeedingTests(CatalogueAppFactory app) : IClassFixture<CatalogueAppFactory>
{
    [Fact]
    public async Task A_renamed_seed_entry_keeps_tagging_under_its_new_slug_and_a_new_seed_does_not_bring_the_old_one_back()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var jaxa = app.WithDb(db => db.Entities.Single(e => e.Slug == "jaxa").Id);
        await editor.EditEntryAsync(jaxa, new() { ["Form.Slug"] = "japan-aerospace-exploration-agency" });

        var story = await editor.CreateStoryAsync(StoryForms.Fields("Tanegashima launch window set", "JAXA set the launch window for the next H3 flight.", "Published", "2024-07-01T10:00"));
        // A new catalogue version arrives (here: the stored version is forgotten) and is applied again.
        await app.ChangeAsync(db => db.Settings.Where(s => s.Key == CatalogueSeeder.VersionKey).ExecuteDeleteAsync());
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<CatalogueSeeder>().ApplyAsync();
        }

        var slug = app.WithDb(db => db.Articles.Single(a => a.Id == story).Slug);
        Assert.Contains("href=\"/agencies/japan-aerospace-exploration-agency\"", await app.CreateClient().GetStringAsync($"/articles/{slug}"));
        Assert.False(app.WithDb(db => db.Entities.Any(e => e.Slug == "jaxa")));
        Assert.Equal("/agencies/japan-aerospace-exploration-agency", (await app.CreateBrowserClient().GetAsync("/agencies/jaxa")).Headers.Location?.OriginalString);
    }
}
