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
        var selected = Queries.Where(q => only is null || only.Contains(q.Name)).ToList();
        var timings = selected.Select(_ => new List<double>(runs)).ToList();
        var cpu = selected.Select(_ => TimeSpan.Zero).ToArray();
        var paused = selected.Select(_ => TimeSpan.Zero).ToArray();
        var totals = new int[selected.Count];
        // Timed once warm: a running server has long compiled its hot code to optimized form.
        var warmUpRounds = await Jit.WarmUpAsync(async () =>
        {
            foreach (var (_, query, page) in selected)
            {
                for (var i = 0; i < Warmup; i++)
                {
                    await SearchOnceAsync(options, catalogue, facts, query, page);
                }
            }
        });
        Console.WriteLine($"warm after {warmUpRounds} rounds of {Warmup} runs of each query");
        Console.WriteLine();
        // Wall-clock percentiles, the mean CPU time per query (on a shared machine it shows the work
        // done even when other processes stretch the wall-clock figures) and the mean time the
        // garbage collector paused the process per query.
        Console.WriteLine($"{"query",-22} {"total",9} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"cpu ms",8} {"gc ms",8}");
        // --interleave times the queries in turn (one run of each, then the next round) rather
        // than each query's runs in one block, so that a slow minute of a shared VM is spread over
        // every query instead of landing on whichever query was running.
        var interleave = args.Contains("--interleave");
        var order = interleave
            ? Enumerable.Range(0, runs).SelectMany(_ => Enumerable.Range(0, selected.Count))
            : Enumerable.Range(0, selected.Count).SelectMany(q => Enumerable.Repeat(q, runs));
        foreach (var q in order)
        {
            var (_, query, page) = selected[q];
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var pausedBefore = GC.GetTotalPauseDuration();
            var clock = Stopwatch.StartNew();
            totals[q] = await SearchOnceAsync(options, catalogue, facts, query, page);
            clock.Stop();
            cpu[q] += Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            paused[q] += GC.GetTotalPauseDuration() - pausedBefore;
            timings[q].Add(clock.Elapsed.TotalMilliseconds);
        }
        var worstP95 = 0.0;
        for (var q = 0; q < selected.Count; q++)
        {
            var sorted = timings[q].Order().ToList();
            var p95 = Percentile(sorted, 0.95);
            worstP95 = Math.Max(worstP95, p95);
            Console.WriteLine($"{selected[q].Name,-22} {totals[q],9:N0} {Percentile(sorted, 0.5),8:F2} {p95,8:F2} {Percentile(sorted, 0.99),8:F2} {sorted[^1],8:F2} {cpu[q].TotalMilliseconds / runs,8:F2} {paused[q].TotalMilliseconds / runs,8:F2}");
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
