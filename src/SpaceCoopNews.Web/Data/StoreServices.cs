using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace SpaceCoopNews.Web.Data;

/// <summary>Registers the embedded SQLite store: one file, path from ConnectionStrings:Default.</summary>
public static class StoreServices
{
    public const string DefaultConnectionString = "Data Source=data/spacecoopnews.db";

    public static IHostApplicationBuilder AddNewsStore(this IHostApplicationBuilder builder)
    {
        var connectionString = ResolveConnectionString(
            builder.Configuration.GetConnectionString("Default") ?? DefaultConnectionString,
            builder.Environment.ContentRootPath);

        builder.Services.AddSingleton<SqlitePragmas>();
        builder.Services.AddDbContext<NewsDbContext>((services, options) => options
            .UseSqlite(connectionString)
            .AddInterceptors(services.GetRequiredService<SqlitePragmas>()));
        builder.Services.AddScoped<DatabaseInitializer>();
        return builder;
    }

    /// <summary>Makes a relative file path relative to the content root and creates its folder.</summary>
    internal static string ResolveConnectionString(string connectionString, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        if (csb.DataSource is not (":memory:" or "") && csb.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.GetFullPath(csb.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            csb.DataSource = path;
        }
        return csb.ToString();
    }
}

/// <summary>Start-up step: migrate and seed before the first request.</summary>
public static class StoreStartup
{
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
    }
}
