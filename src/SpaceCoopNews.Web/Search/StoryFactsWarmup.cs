using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Search;

/// <summary>
/// Loads the stories' facts in the background once the app has started, so the first reader to
/// search does not wait for it (about 0.7 s at 100,000 stories).
/// </summary>
public sealed class StoryFactsWarmup(IServiceScopeFactory scopes, StoryFacts facts, ILogger<StoryFactsWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            await db.Database.OpenConnectionAsync(stoppingToken);
            await facts.CatchUpAsync((SqliteConnection)db.Database.GetDbConnection(), stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Not fatal: the first search loads the facts instead.
            logger.LogWarning(exception, "Loading the stories' facts for search failed; the first search will load them");
        }
    }
}
