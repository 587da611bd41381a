using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Import;
using SpaceCoopNews.Web.Import.Parsing;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Import;

/// <summary>The app with no sample stories and the background poller off: tests poll when they choose.</summary>
public class ImportAppFactory : EmptyNewsAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Import:PollerEnabled", "false");
        builder.UseSetting("Import:RetryAttempts", "1");
        builder.UseSetting("Import:RetryBaseDelay", "00:00:00.010");
        builder.UseSetting("Import:AttemptTimeout", "00:00:10");
    }

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures", name);

    public async Task<FeedSource> AddSourceAsync(string name, string feedUrl, bool publish = true, int pollIntervalMinutes = 60)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var source = new FeedSource { Name = name, FeedUrl = feedUrl, PublishDirectly = publish, PollIntervalMinutes = pollIntervalMinutes };
        db.FeedSources.Add(source);
        await db.SaveChangesAsync();
        return source;
    }

    /// <summary>Parses and imports feed text as the poller would for a source (or as the command does without one), committing once.</summary>
    public async Task<ImportSummary> ImportAsync(string feedText, FeedSource? source = null, Uri? documentUri = null)
    {
        using var scope = Services.CreateScope();
        var feed = scope.ServiceProvider.GetRequiredService<FeedParser>().Parse(Encoding.UTF8.GetBytes(feedText), documentUri);
        var target = new ImportTarget(source?.Id, source?.Name ?? "file", source?.PublishDirectly ?? true);
        var summary = await scope.ServiceProvider.GetRequiredService<FeedImporter>().StageAsync(feed, target, null, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<NewsDbContext>().SaveChangesAsync();
        return summary;
    }

    public async Task<ImportSummary?> RefreshAsync(int sourceId)
    {
        using var scope = Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SourceRefresher>().RefreshAsync(sourceId, CancellationToken.None);
    }

    public Task<int> PollDueSourcesAsync() => Services.GetRequiredService<SourcePoller>().PollDueSourcesAsync(CancellationToken.None);

    public FeedSource Source(int id) => WithDb(db => db.FeedSources.AsNoTracking().Single(s => s.Id == id));

    public List<Article> Articles() => WithDb(db => db.Articles.AsNoTracking().OrderBy(a => a.Id).ToList());
}
