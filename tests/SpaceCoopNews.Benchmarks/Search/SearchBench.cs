using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Search;

namespace SpaceCoopNews.Benchmarks.Search;

/// <summary>
/// Builds a database of N synthetic stories and times the search service on a fixed set of
/// queries, each with facets and snippets as the search page asks for them. Prints p50/p95/p99
/// per query and the process memory. Not a test: nothing here asserts a time.
/// </summary>
public static class SearchBench
{
    private const int Warmup = 30;
    private static bool snippets = true;
    private static bool facets = true;

    private static readonly (string Name, string Query, int Page)[] Queries =
    [
        ("rare word", $"q={StoryGenerator.RareWord(20_000)}", 1),
        ("common word", "q=station", 1),
        ("phrase", "q=%22docking+port%22", 1),
        ("prefix", "q=cosmo*", 1),
        ("entity filter alone", "agency=nasa", 1),
        ("text + one filter", "q=launch&agency=european-space-agency", 1),
        ("two filters + dates", "agency=nasa&mission=iss&from=2010-01-01&to=2015-12-31", 1),
        ("alias names entity", "q=Russian+space+agency", 1),
        ("no hit", "q=zzqxvy", 1),
        ("hostile", "q=NEAR(%22mars+*+-+OR+%27%3B+DROP", 1),
        ("page 50 of broad", "q=space", 50),
        ("broad + facets", "q=the", 1),
        ("broad, newest", "q=space&sort=newest", 1),
        ("two words", "q=heat+shield", 1),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var stories = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 100_000;
        var dbIndex = Array.IndexOf(args, "--db");
        var path = dbIndex >= 0 ? args[dbIndex + 1] : Path.Combine(Path.GetTempPath(), $"spacecoopnews-bench-{stories}.db");
        var keep = args.Contains("--keep");
        // --no-snippets and --no-facets show what those parts of a search cost.
        snippets = !args.Contains("--no-snippets");
        facets = !args.Contains("--no-facets");
        var runsIndex = Array.IndexOf(args, "--runs");
        var runs = runsIndex >= 0 ? int.Parse(args[runsIndex + 1], System.Globalization.CultureInfo.InvariantCulture) : 200;
        // --only "prefix;phrase" times just those queries, to measure a change to one of them.
        var onlyIndex = Array.IndexOf(args, "--only");
        var only = onlyIndex >= 0 ? args[onlyIndex + 1].Split(";", StringSplitOptions.TrimEntries) : null;
        var connectionString = $"Data Source={path}";
        Console.WriteLine($"SQLite {new SqliteConnection().ServerVersion}");
        var options = new DbContextOptionsBuilder<NewsDbContext>().UseSqlite(connectionString).AddInterceptors(new SqlitePragmas()).Options;

        if (!File.Exists(path))
        {
            Console.WriteLine($"Building {stories:N0} stories in {path} ...");
            await using (var db = new NewsDbContext(options))
            {
                await db.Database.MigrateAsync();
            }
            // The stories go in without the search triggers, then the index is built from scratch:
            // the figure printed is what building search over an existing newsroom costs.
            await using (var db = new NewsDbContext(options))
            {
                await db.Database.ExecuteSqlRawAsync(SearchSchema.DropChangeLog);
                await db.Database.ExecuteSqlRawAsync(SearchSchema.Drop);
            }
            var (elapsed, links) = new StoryGenerator().Fill(connectionString, stories);
            Console.WriteLine($"stories written in {elapsed.TotalSeconds:F1} s ({links:N0} links)");
            var build = Stopwatch.StartNew();
            await using (var db = new NewsDbContext(options))
            {
                await db.Database.ExecuteSqlRawAsync(SearchSchema.Create);
                await db.Database.ExecuteSqlRawAsync(SearchSchema.CreateChangeLog);
            }
            Console.WriteLine($"search index built in {build.Elapsed.TotalSeconds:F1} s");
            await using (var db = new NewsDbContext(options))
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
            }
        }
        else
        {
            Console.WriteLine($"Using existing {path}");
            await using var db = new NewsDbContext(options);
            await db.Database.MigrateAsync();
        }
        Console.WriteLine($"database size: {new FileInfo(path).Length / 1024.0 / 1024.0:N0} MB");

        var catalogue = new EntityCatalogue();
        var facts = new StoryFacts();
        var load = Stopwatch.StartNew();
        await using (var db = new NewsDbContext(options))
        {
            await db.Database.OpenConnectionAsync();
            await facts.CatchUpAsync((SqliteConnection)db.Database.GetDbConnection(), CancellationToken.None);
        }
        Console.WriteLine($"story facts loaded in {load.Elapsed.TotalMilliseconds:F0} ms");
        Console.WriteLine();
        // Wall-clock percentiles, and the mean CPU time per query: on a shared machine the CPU time
        // shows the work done even when other processes stretch the wall-clock figures.
        Console.WriteLine($"{"query",-22} {"total",9} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"cpu ms",8}");
        var worstP95 = 0.0;
        foreach (var (name, query, page) in Queries.Where(q => only is null || only.Contains(q.Name)))
        {
            var timings = new List<double>(runs);
            var total = 0;
            var cpu = TimeSpan.Zero;
            for (var i = 0; i < Warmup + runs; i++)
            {
                if (i == Warmup)
                {
                    cpu = Process.GetCurrentProcess().TotalProcessorTime;
                }
                var clock = Stopwatch.StartNew();
                total = await SearchOnceAsync(options, catalogue, facts, query, page);
                clock.Stop();
                if (i >= Warmup)
                {
                    timings.Add(clock.Elapsed.TotalMilliseconds);
                }
            }
            var cpuPerQuery = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / runs;
            timings.Sort();
            var p95 = Percentile(timings, 0.95);
            worstP95 = Math.Max(worstP95, p95);
            Console.WriteLine($"{name,-22} {total,9:N0} {Percentile(timings, 0.5),8:F2} {p95,8:F2} {Percentile(timings, 0.99),8:F2} {timings[^1],8:F2} {cpuPerQuery,8:F2}");
        }
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine();
        Console.WriteLine($"worst p95: {worstP95:F2} ms");
        Console.WriteLine($"memory: working set {process.WorkingSet64 / 1024 / 1024} MB, peak {process.PeakWorkingSet64 / 1024 / 1024} MB, managed heap {GC.GetTotalMemory(false) / 1024 / 1024} MB");
        SqliteConnection.ClearAllPools();
        if (!keep && dbIndex < 0)
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
        return 0;
    }

    /// <summary>What the search page does per request: read parameters, search with facets and snippets.</summary>
    private static async Task<int> SearchOnceAsync(DbContextOptions<NewsDbContext> options, EntityCatalogue catalogue, StoryFacts facts, string query, int page)
    {
        await using var db = new NewsDbContext(options);
        var parameters = SearchParameters.Read(new QueryCollection(QueryHelpersParse(query)), await catalogue.GetAsync(db, CancellationToken.None));
        if (!parameters.IsValid)
        {
            throw new InvalidOperationException($"bad benchmark query {query}: {string.Join(", ", parameters.Errors.Keys)}");
        }
        if (parameters.Request.IsEmpty)
        {
            return 0;
        }
        var search = new SqliteArticleSearch(db, catalogue, facts, TimeProvider.System);
        var results = await search.SearchAsync(parameters.Request with { Offset = (page - 1) * 20, Limit = 20, IncludeSnippets = snippets, IncludeFacets = facets }, CancellationToken.None);
        return results.Total;
    }

    private static Dictionary<string, StringValues> QueryHelpersParse(string query) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query);

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
