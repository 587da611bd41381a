using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Search;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Search;

/// <summary>
/// A search with more matches than BM25 scores (SqliteArticleSearch.RankWindow): the total, the
/// facets and newest-first order still cover every match, and pages past the window continue.
/// </summary>
public class BroadSearchTests(BroadSearchCorpus app) : IClassFixture<BroadSearchCorpus>
{
    private const int Stories = BroadSearchCorpus.Stories;

    [Fact]
    public async Task The_total_and_the_facets_count_every_match()
    {
        var html = await app.CreateClient().GetStringAsync("/search?q=quasar");

        Assert.Contains($"{Stories:N0} stories", html);
        Assert.Matches($@">Nebula Agency</a> <span class=""count"">{Stories:N0}</span>", html);
        var missionCount = int.Parse(Regex.Match(html, @">Nebula Mission</a> <span class=""count"">([\d,]+)</span>").Groups[1].Value.Replace(",", ""));
        Assert.InRange(missionCount, Stories / 3 - 1, Stories / 3 + 1);
    }

    [Fact]
    public async Task Newest_first_starts_with_the_latest_date_across_all_matches()
    {
        var slugs = SearchCorpus.Slugs(await app.CreateClient().GetStringAsync("/search?q=quasar&sort=newest"));

        Assert.Equal(["broad-1", "broad-2", "broad-3"], slugs.Take(3));
    }

    [Fact]
    public async Task Pages_past_the_ranked_window_continue_without_repeats()
    {
        var client = app.CreateClient();
        var seen = new HashSet<string>();
        var lastPage = (Stories + 19) / 20;
        foreach (var page in new[] { 1, SqliteArticleSearch.RankWindow / 20, SqliteArticleSearch.RankWindow / 20 + 1, lastPage })
        {
            var slugs = SearchCorpus.Slugs(await client.GetStringAsync($"/search?q=quasar&page={page}"));
            Assert.NotEmpty(slugs);
            Assert.All(slugs, s => Assert.True(seen.Add(s), $"{s} shown twice"));
        }
    }

    [Theory]
    [InlineData("agency=nebula-agency")]
    [InlineData("mission=nebula-mission")]
    public async Task Filtered_pages_past_the_ranked_window_continue_without_repeats(string filter)
    {
        var client = app.CreateClient();
        var seen = new HashSet<string>();
        var filtered = filter.StartsWith("mission") ? Stories / 3 : Stories;
        foreach (var page in new[] { 1, 2, (filtered + 19) / 20 })
        {
            var slugs = SearchCorpus.Slugs(await client.GetStringAsync($"/search?q=quasar&{filter}&page={page}"));
            Assert.NotEmpty(slugs);
            Assert.All(slugs, s => Assert.True(seen.Add(s), $"{s} shown twice"));
        }
        if (filtered > SqliteArticleSearch.RankWindow)
        {
            var past = SearchCorpus.Slugs(await client.GetStringAsync($"/search?q=quasar&{filter}&page={SqliteArticleSearch.RankWindow / 20 + 1}"));
            Assert.NotEmpty(past);
            Assert.All(past, s => Assert.True(seen.Add(s), $"{s} shown twice"));
        }
    }

    [Fact]
    public async Task A_filter_counts_every_matching_story()
    {
        var json = await app.CreateClient().GetStringAsync("/api/v1/articles?q=quasar&mission=nebula-mission&limit=1");

        var count = int.Parse(Regex.Match(json, @"""count"":(\d+)").Groups[1].Value);
        Assert.InRange(count, Stories / 3 - 1, Stories / 3 + 1);
    }
}

/// <summary>The app with more stories matching "quasar" than the ranking window holds.</summary>
public sealed class BroadSearchCorpus : SearchAppFactory, IAsyncLifetime
{
    public const int Stories = SqliteArticleSearch.RankWindow + 500;
    private static readonly DateTime First = new(2015, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public async Task InitializeAsync()
    {
        var app = this;
        var agency = await app.AddEntityAsync(EntityKind.Agency, "nebula-agency", "Nebula Agency");
        var mission = await app.AddEntityAsync(EntityKind.Mission, "nebula-mission", "Nebula Mission");
        // Written in one transaction through the same triggers as every other write.
        await app.ChangeAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            for (var i = 1; i <= Stories; i++)
            {
                // Dates run backwards against ids, so "newest" and "most recently added" differ.
                var published = First.AddDays(Stories - i);
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO Articles (Slug, Title, Summary, BodyMarkdown, BodyHtml, PublishedAt, CreatedAt, UpdatedAt, Status, Version)
                    VALUES ({"broad-" + i}, {"Quasar report " + i}, {"Summary."}, {"A body about a quasar."}, {"<p>A body about a quasar.</p>"}, {published}, {published}, {published}, {(int)ArticleStatus.Published}, 1)
                    """);
            }
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO ArticleEntities (ArticleId, EntityId, Source, State, Confidence, Mentions)
                SELECT Id, {agency.Id}, 0, 0, 0.9, '[]' FROM Articles WHERE Slug LIKE 'broad-%'
                """);
            // Every third story links the mission.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO ArticleEntities (ArticleId, EntityId, Source, State, Confidence, Mentions)
                SELECT Id, {mission.Id}, 0, 0, 0.9, '[]' FROM Articles WHERE Slug LIKE 'broad-%' AND (Id % 3 = 0)
                """);
            await transaction.CommitAsync();
        });
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
