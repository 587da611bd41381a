using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Markdown;

namespace SpaceCoopNews.Web.Tests.Infrastructure;

/// <summary>
/// The real app over its own SQLite file in a temp folder, migrated at start-up like production.
/// One per test class (IClassFixture), so no test sees another class's data.
/// </summary>
public class NewsAppFactory : WebApplicationFactory<Program>
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "spacecoopnews-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(Folder, "news.db");

    /// <summary>Whether the sample stories are loaded; classes that count stories turn it off.</summary>
    protected virtual bool SeedArticles => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Folder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={DatabasePath}");
        builder.UseSetting("Seed:Articles", SeedArticles ? "true" : "false");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(Folder, "logs", "test-.log"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Tests sign in many times from one address; the limit itself is tested with its own factory.
        builder.UseSetting("Accounts:SignInAttemptsPerMinute", "10000");
        // Password hashing is deliberately slow; tests sign in hundreds of times.
        builder.ConfigureServices(services => services.Configure<Microsoft.AspNetCore.Identity.PasswordHasherOptions>(o => o.IterationCount = 1000));
    }

    /// <summary>Stores a published story directly, rendered the way the app renders on save.</summary>
    public async Task<Article> AddArticleAsync(string slug, string title, string markdown, DateTime publishedAt,
        ArticleStatus status = ArticleStatus.Published, string summary = "")
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var renderer = scope.ServiceProvider.GetRequiredService<MarkdownRenderer>();
        var article = new Article
        {
            Slug = slug,
            Title = title,
            Summary = summary,
            BodyMarkdown = markdown,
            BodyHtml = renderer.ToHtml(markdown),
            PublishedAt = publishedAt,
            CreatedAt = publishedAt,
            UpdatedAt = publishedAt,
            Status = status,
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        // As the app does after any write that readers see.
        await scope.ServiceProvider.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Web.Feeds.FeedCache.ArticlesTag, default);
        return article;
    }

    public T WithDb<T>(Func<NewsDbContext, T> query)
    {
        using var scope = Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<NewsDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the OS is left for the temp cleaner; it never affects another test.
        }
    }
}

/// <summary>The app with no sample stories, for tests that need exact counts.</summary>
public class EmptyNewsAppFactory : NewsAppFactory
{
    protected override bool SeedArticles => false;
}
