using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Seed;
using SpaceCoopNews.Web.Tagging;

namespace SpaceCoopNews.Web.Data;

/// <summary>Brings the database up to date at start-up: migrations, WAL, the catalogue, then sample stories.</summary>
public sealed class DatabaseInitializer(NewsDbContext db, CatalogueSeeder catalogueSeeder, ArticleSeeder articleSeeder, ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            // Skipped when nothing is pending: Migrate also compares the model with the migrations'
            // snapshot, about 0.2 s of every start.
            await db.Database.MigrateAsync(cancellationToken);
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            SqlitePragmas.EnableWriteAheadLog(db.Database.GetDbConnection());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        if (pending.Count > 0)
        {
            logger.LogInformation("Applied {Count} migrations: {Migrations}", pending.Count, pending);
        }
    }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await MigrateAsync(cancellationToken);
        await catalogueSeeder.ApplyAsync(cancellationToken);
        await articleSeeder.SeedAsync(cancellationToken);
    }
}
