using System.Text.Json;
using System.Text.RegularExpressions;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Search;

/// <summary>
/// An app with a small, fixed set of stories and entities chosen so each search rule has one
/// story that should match and one that should not. Read-only: tests that change data have their own app.
/// </summary>
public sealed class SearchCorpus : SearchAppFactory, IAsyncLifetime
{
    public static readonly DateTime Day = new(2020, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    public Entity Nasa { get; private set; } = null!;
    public Entity Roscosmos { get; private set; } = null!;
    public Entity Esa { get; private set; } = null!;
    public Entity ExoMars { get; private set; } = null!;
    public Entity Iss { get; private set; } = null!;
    public Entity Krikalev { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Nasa = await this.AddEntityAsync(EntityKind.Agency, "nasa", "NASA", "National Aeronautics and Space Administration");
        Roscosmos = await this.AddEntityAsync(EntityKind.Agency, "roscosmos", "Roscosmos", "Russian space agency", "Roskosmos", "Роскосмос");
        Esa = await this.AddEntityAsync(EntityKind.Agency, "esa", "European Space Agency", "ESA");
        ExoMars = await this.AddEntityAsync(EntityKind.Mission, "exomars", "ExoMars", "ExoMars Trace Gas Orbiter");
        Iss = await this.AddEntityAsync(EntityKind.Mission, "iss", "International Space Station", "ISS");
        Krikalev = await this.AddEntityAsync(EntityKind.Person, "sergei-krikalev", "Sergei Krikalev", "Krikalev", "Sergey Krikalyov");

        var titleHit = await Story("perseverance-title", "Perseverance finds organic molecules", "The rover drilled a rock sample.", Day.AddDays(-30));
        await Story("perseverance-body", "Weekly roundup", "Among other news, Perseverance drilled again this week.", Day.AddDays(-1));

        await Story("phrase-exact", "Crew arrives", "The crew docked with the space station after a two-day chase.", Day.AddDays(-2));
        await Story("phrase-apart", "Station budget", "The station is the most expensive thing in space, critics say.", Day.AddDays(-3));

        await Story("prefix-cosmodrome", "Baikonur cosmodrome upgrade", "New pads are being built.", Day.AddDays(-4));
        // More words beginning "xylo" than search lists for a prefix: FTS5 expands that one itself.
        var xyloWords = string.Join(' ', Enumerable.Range(0, 70).Select(i => $"xylo{(char)('a' + i / 26)}{(char)('a' + i % 26)}"));
        await Story("prefix-many-words", "Glossary", xyloWords, Day.AddDays(-4));
        await Story("prefix-many-other", "Concert in orbit", "A xylophone was played on the station.", Day.AddDays(-4));
        await Story("stemming-launched", "Rocket launched at dawn", "The vehicle lifted off on time.", Day.AddDays(-5));
        await Story("diacritics", "Jean-François Clervoy looks back", "The astronaut remembers his Hubble servicing flights.", Day.AddDays(-6));

        var roskosmos = await Story("alias-roskosmos", "Soyuz rolls out", "Roskosmos confirmed the schedule for the crew vehicle.", Day.AddDays(-40));
        await this.LinkEntityAsync(roskosmos, Roscosmos);
        await Story("alias-words-only", "A Russian view", "The Russian space agency of the 1990s was short of money, a historian writes.", Day.AddDays(-7));

        var exomars = await Story("exomars-tgo", "Mars orbiter arrives", "The Trace Gas Orbiter entered orbit around Mars.", new DateTime(2016, 10, 19, 12, 0, 0, DateTimeKind.Utc));
        await this.LinkEntityAsync(exomars, Esa);
        await this.LinkEntityAsync(exomars, Roscosmos);
        await this.LinkEntityAsync(exomars, ExoMars);
        var exomarsRover = await Story("exomars-rover", "Mars rover delayed again", "The Rosalind Franklin rover will not fly to Mars this year.", new DateTime(2022, 3, 17, 12, 0, 0, DateTimeKind.Utc));
        await this.LinkEntityAsync(exomarsRover, Esa);
        await this.LinkEntityAsync(exomarsRover, ExoMars);
        await this.LinkEntityAsync(exomarsRover, Roscosmos, LinkState.Rejected);
        var nasaMars = await Story("nasa-mars", "NASA picks Mars landing site", "Engineers studied Mars orbital images.", new DateTime(2018, 11, 19, 12, 0, 0, DateTimeKind.Utc));
        await this.LinkEntityAsync(nasaMars, Nasa);

        var sts60 = await Story("sts-60", "STS-60 carries a cosmonaut", "Sergei Krikalev flew on Discovery with NASA astronauts.", new DateTime(1994, 2, 11, 12, 0, 0, DateTimeKind.Utc));
        await this.LinkEntityAsync(sts60, Krikalev);
        await this.LinkEntityAsync(sts60, Nasa);
        await this.LinkEntityAsync(sts60, Roscosmos);
        var expedition = await Story("expedition-1", "Expedition 1 moves in", "Krikalev, Shepherd and Gidzenko opened the station.", new DateTime(2000, 11, 2, 12, 0, 0, DateTimeKind.Utc));
        await this.LinkEntityAsync(expedition, Krikalev);
        await this.LinkEntityAsync(expedition, Iss);
        await this.LinkEntityAsync(expedition, Nasa);
        await this.LinkEntityAsync(expedition, Roscosmos);

        await Story("escaping", "Markup <b>in</b> a title", "Some text with <script>alert(1)</script> zapword and more.", Day.AddDays(-8));

        await Story("hidden-draft", "Zorblax draft", "zorblax", Day.AddDays(-9), ArticleStatus.Draft);
        await Story("hidden-future", "Zorblax future", "zorblax", DateTime.UtcNow.AddDays(5));
        await Story("hidden-archived", "Zorblax archived", "zorblax", Day.AddDays(-9), ArticleStatus.Archived);
        await Story("hidden-scheduled", "Zorblax scheduled", "zorblax", DateTime.UtcNow.AddDays(2), ArticleStatus.Scheduled);

        for (var i = 1; i <= 45; i++)
        {
            await Story($"same-day-{i:00}", $"Quasar report {i:00}", "quasar", Day.AddDays(-100));
        }
        _ = titleHit;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private Task<Article> Story(string slug, string title, string body, DateTime publishedAt, ArticleStatus status = ArticleStatus.Published) =>
        AddArticleAsync(slug, title, body, publishedAt, status);

    public async Task<string> PageAsync(string query)
    {
        var response = await CreateClient().GetAsync("/search?" + query);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Slugs of the result list, in order.</summary>
    public static List<string> Slugs(string html)
    {
        var start = html.IndexOf("search-results", StringComparison.Ordinal);
        return start < 0 ? [] : Regex.Matches(html[start..], "<h2 class=\"story-title\"><a href=\"/articles/([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
    }

    public async Task<JsonElement> ApiAsync(string pathAndQuery)
    {
        var response = await CreateClient().GetAsync(pathAndQuery);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    public static List<string> ApiSlugs(JsonElement page) =>
        page.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("slug").GetString()!).ToList();
}
