using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Import.Parsing;
using Spectre.Console;

namespace SpaceCoopNews.Web.Import;

/// <summary>
/// `import &lt;file-or-url&gt; [--publish]`: imports one feed now, with a progress bar on a terminal
/// and a summary line. Stories from a URL of a known source follow that source's publish setting;
/// otherwise they are drafts unless --publish is given.
/// </summary>
public static class ImportCommand
{
    public const string Usage = "usage: import <file-or-url> [--publish]";

    public static Task<int> RunAsync(IServiceProvider services, string[] args) =>
        RunAsync(services, args, Console.Out, Console.Error, interactive: !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, bool interactive)
    {
        // Configuration switches (--ConnectionStrings:Default=...) were read by the host; they are not the command's.
        args = args.Where(a => !(a.StartsWith("--", StringComparison.Ordinal) && a.Contains('='))).ToArray();
        var location = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (location is null || args.Any(a => a.StartsWith("--", StringComparison.Ordinal) && a != "--publish"))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }
        var db = services.GetRequiredService<NewsDbContext>();
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        // Imported stories are tagged, so the catalogue must be in the database even before the site's first start.
        await services.GetRequiredService<Tagging.CatalogueSeeder>().ApplyAsync();
        try
        {
            var summary = interactive
                ? await AnsiConsole.Progress().StartAsync(context => ImportAsync(services, db, location, args.Contains("--publish"), context))
                : await ImportAsync(services, db, location, args.Contains("--publish"), null);
            await output.WriteLineAsync($"Imported {summary.Format} feed '{summary.FeedTitle}': {summary.Counts}.");
            foreach (var rejection in summary.Rejections)
            {
                await output.WriteLineAsync($"  rejected {rejection}");
            }
            return 0;
        }
        catch (FeedRejectedException ex)
        {
            await error.WriteLineAsync($"Import failed, nothing stored: {ex.Message}");
            return 1;
        }
    }

    private static async Task<ImportSummary> ImportAsync(IServiceProvider services, NewsDbContext db, string location, bool publish, ProgressContext? progress)
    {
        var limits = services.GetRequiredService<IOptions<ImportOptions>>().Value;
        var reading = progress?.AddTask("Reading feed", maxValue: 1);
        var (body, uri) = await ReadAsync(services, location, limits.MaxFeedBytes);
        var feed = services.GetRequiredService<FeedParser>().Parse(body, uri);
        reading?.Increment(1);

        var source = uri is null ? null : await db.FeedSources.AsNoTracking().FirstOrDefaultAsync(s => s.FeedUrl == location);
        var target = new ImportTarget(source?.Id, source?.Name ?? feed.Title ?? uri?.Host ?? Path.GetFileName(location), source?.PublishDirectly ?? publish);
        var items = progress?.AddTask("Importing items", maxValue: Math.Max(feed.Items.Count, 1));
        var summary = await services.GetRequiredService<FeedImporter>().StageAsync(feed, target,
            items is null ? null : new Progress<int>(done => items.Value = done), CancellationToken.None);
        await db.SaveChangesAsync();
        items?.Value = items.MaxValue;
        return summary;
    }

    private static async Task<(byte[] Body, Uri? Uri)> ReadAsync(IServiceProvider services, string location, int maxBytes)
    {
        if (Uri.TryCreate(location, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            var fetched = await services.GetRequiredService<FeedFetcher>().FetchAsync(url, null, null, CancellationToken.None);
            return (fetched.Body, fetched.FinalUri);
        }
        var file = new FileInfo(location);
        if (!file.Exists)
        {
            throw new FeedRejectedException($"No such file: {location}");
        }
        if (file.Length > maxBytes)
        {
            throw new FeedRejectedException($"The file is {file.Length:N0} bytes; the limit is {maxBytes:N0}.");
        }
        return (await File.ReadAllBytesAsync(file.FullName), null);
    }
}
