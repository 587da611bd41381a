using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Search;

/// <summary>`dotnet run -- search-rebuild`: rebuilds the full-text index from the stories and checks it.</summary>
public static class SearchRebuildCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var db = services.GetRequiredService<NewsDbContext>();
        var clock = Stopwatch.StartNew();
        await db.Database.ExecuteSqlRawAsync(SearchSchema.Rebuild);
        await db.Database.ExecuteSqlRawAsync("INSERT INTO ArticleSearch (ArticleSearch, rank) VALUES ('integrity-check', 1);");
        Console.WriteLine($"Search index rebuilt and checked in {clock.Elapsed.TotalSeconds:F1} s.");
        return 0;
    }
}
