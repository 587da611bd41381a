using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SpaceCoopNews.Web.Accounts;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Editor;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Editor;

public class ScheduledPublishingTests(FakeClockAppFactory app) : IClassFixture<FakeClockAppFactory>
{
    /// <summary>
    /// Every place a reader can meet a story, given its slug; a place shows the story when it
    /// answers 200 and names the slug. Search and the articles API add their URLs here when they land.
    /// </summary>
    public static readonly IReadOnlyList<Func<string, string>> ReaderPlaces =
    [
        _ => "/",
        slug => $"/articles/{slug}",
        _ => "/feed.xml",
        _ => "/atom.xml",
        _ => "/sitemap.xml",
        _ => "/search?q=artemis",
        _ => "/api/v1/articles?q=artemis",
    ];

    private async Task<IReadOnlyList<string>> PlacesShowingAsync(string slug)
    {
        var client = app.CreateClient();
        var showing = new List<string>();
        foreach (var place in ReaderPlaces)
        {
            var url = place(slug);
            var response = await client.GetAsync(url);
            if (response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains(slug, StringComparison.Ordinal))
            {
                showing.Add(url);
            }
        }
        return showing;
    }

    private async Task<int> ScheduleAsync(string title, TimeSpan ahead)
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var due = app.Now + ahead;
        return await editor.CreateStoryAsync(StoryForms.Fields(title, publication: "Published", publishedAt: due.ToString("yyyy-MM-ddTHH:mm")));
    }

    [Fact]
    public async Task A_story_published_with_a_future_time_is_scheduled_and_hidden_until_due()
    {
        var id = await ScheduleAsync("Starliner crew flight scheduled", TimeSpan.FromHours(2));

        Assert.Equal(ArticleStatus.Scheduled, app.WithDb(db => db.Articles.Single(a => a.Id == id).Status));
        Assert.Empty(await PlacesShowingAsync("starliner-crew-flight-scheduled"));
        app.Clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromMinutes(1));
        Assert.Empty(await PlacesShowingAsync("starliner-crew-flight-scheduled"));
    }

    [Fact]
    public async Task A_scheduled_story_appears_everywhere_at_its_time_by_itself()
    {
        var publisher = app.Services.GetServices<IHostedService>().OfType<ScheduledPublisher>().Single();
        var published = new TaskCompletionSource<IReadOnlyList<string>>(TaskCreationOptions.RunContinuationsAsynchronously);
        publisher.Published += slugs =>
        {
            if (slugs.Contains("artemis-iii-landing-announced"))
            {
                published.TrySetResult(slugs);
            }
        };
        await ScheduleAsync("Artemis III landing announced", TimeSpan.FromHours(5));

        Assert.Empty(await PlacesShowingAsync("artemis-iii-landing-announced"));

        app.Clock.Advance(TimeSpan.FromHours(5));
        // The background publisher wakes on the fake clock and clears cached pages; the wait only guards against a hang.
        await published.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(ReaderPlaces.Select(p => p("artemis-iii-landing-announced")), await PlacesShowingAsync("artemis-iii-landing-announced"));
        Assert.Equal(ArticleStatus.Published, app.WithDb(db => db.Articles.Single(a => a.Slug == "artemis-iii-landing-announced").Status));
    }

    [Fact]
    public async Task Publishing_due_stories_flips_only_those_whose_time_has_come()
    {
        var soon = await ScheduleAsync("Due soon story", TimeSpan.FromMinutes(30));
        var later = await ScheduleAsync("Due much later story", TimeSpan.FromDays(3));
        app.Clock.Advance(TimeSpan.FromMinutes(31));

        var next = await app.Services.GetRequiredService<ScheduledPublisher>().PublishDueAsync(CancellationToken.None);

        Assert.Equal(ArticleStatus.Published, app.WithDb(db => db.Articles.Single(a => a.Id == soon).Status));
        Assert.Equal(ArticleStatus.Scheduled, app.WithDb(db => db.Articles.Single(a => a.Id == later).Status));
        Assert.NotNull(next);
    }
}
