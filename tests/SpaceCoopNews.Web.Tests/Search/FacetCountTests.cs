using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Search;

/// <summary>
/// Facet counts of a search that finds most stories are taken from counts over every visible story
/// (Search/StoryFacts): they stay exact as stories are scheduled, appear, are re-linked and edited.
/// </summary>
public class FacetCountTests(FakeClockSearchApp app) : IClassFixture<FakeClockSearchApp>
{
    [Fact]
    public async Task Counts_of_a_search_finding_most_stories_follow_every_change()
    {
        var agency = await app.AddEntityAsync(EntityKind.Agency, "aurora-agency", "Aurora Agency");
        var mission = await app.AddEntityAsync(EntityKind.Mission, "borealis-mission", "Borealis Mission");
        var published = app.Now.AddDays(-1);
        var found = new List<Article>();
        for (var i = 0; i < 6; i++)
        {
            var story = await app.AddArticleAsync($"nebulite-{i}", $"Report {i}", "A nebulite sample was analysed.", published);
            await app.LinkEntityAsync(story, agency);
            if (i < 2)
            {
                await app.LinkEntityAsync(story, mission);
            }
            found.Add(story);
        }
        var other = await app.AddArticleAsync("other-story", "Other news", "Nothing of that kind here.", published);
        await app.LinkEntityAsync(other, agency);
        var scheduled = await app.AddArticleAsync("nebulite-later", "Later report", "Another nebulite sample.", app.Now.AddHours(1), ArticleStatus.Scheduled);
        await app.LinkEntityAsync(scheduled, mission);

        Assert.Equal((6, 6, 2), await SearchAsync());

        app.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal((7, 6, 3), await SearchAsync());

        await app.SetLinkStateAsync(found[0], agency, LinkState.Rejected);
        Assert.Equal((7, 5, 3), await SearchAsync());

        await app.ChangeAsync(async db => (await db.Articles.SingleAsync(a => a.Id == other.Id)).BodyMarkdown = "A nebulite of its own.");
        Assert.Equal((8, 6, 3), await SearchAsync());
    }

    /// <summary>The total, and the agency's and the mission's facet counts, of a search for "nebulite".</summary>
    private async Task<(int Total, int Agency, int Mission)> SearchAsync()
    {
        var html = await app.CreateClient().GetStringAsync("/search?q=nebulite");
        int Count(string name)
        {
            var match = Regex.Match(html, $@">{name}</a> <span class=""count"">([\d,]+)</span>");
            return match.Success ? int.Parse(match.Groups[1].Value.Replace(",", "")) : 0;
        }
        return (SearchCorpus.Slugs(html).Count, Count("Aurora Agency"), Count("Borealis Mission"));
    }
}

/// <summary>The search app on a fake clock, with no background re-tagging.</summary>
public sealed class FakeClockSearchApp : FakeClockAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Tagging:RetagInBackground", "false");
    }
}
