using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceCoopNews.Web.Articles;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Articles;

/// <summary>
/// "Visible to readers" exists as a SQL query (pages, feeds, API) and as an in-memory rule (search's
/// story facts, the editor's save message); for every status and time both must give the same answer.
/// </summary>
public class VisibilityRuleTests(EmptyNewsAppFactory app) : IClassFixture<EmptyNewsAppFactory>
{
    [Fact]
    public async Task The_query_and_the_in_memory_rule_agree_for_every_status_and_time()
    {
        var now = new DateTime(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);
        DateTime?[] times = [null, now.AddDays(-1), now, now.AddSeconds(1), now.AddDays(30)];
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var stories = new List<Article>();
        foreach (var status in Enum.GetValues<ArticleStatus>())
        {
            foreach (var (time, index) in times.Select((t, i) => (t, i)))
            {
                var story = new Article
                {
                    Slug = $"rule-{status}-{index}".ToLowerInvariant(), Title = "Rule", Summary = "", BodyMarkdown = "", BodyHtml = "",
                    PublishedAt = time, CreatedAt = now, UpdatedAt = now, Status = status,
                };
                stories.Add(story);
                db.Articles.Add(story);
            }
        }
        await db.SaveChangesAsync();

        var bySql = await db.Articles.AsNoTracking().VisibleAt(now).Where(a => a.Slug.StartsWith("rule-")).Select(a => a.Slug).ToListAsync();
        var inMemory = stories.Where(s => s.IsVisibleAt(now)).Select(s => s.Slug);

        Assert.Equal(inMemory.Order(), bySql.Order());
        Assert.NotEmpty(bySql);
        Assert.NotEqual(stories.Count, bySql.Count);
    }
}
