using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SpaceCoopNews.Web.Accounts;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Markdown;
using SpaceCoopNews.Web.Tagging;

namespace SpaceCoopNews.BrowserTests.Infrastructure;

/// <summary>
/// The real app on Kestrel at http://127.0.0.1:{free port}, over its own fresh SQLite file in a temp
/// folder (migrated and seeded at start-up like production), so a real browser can reach it.
/// </summary>
public sealed class LiveNewsApp : WebApplicationFactory<Program>
{
    public LiveNewsApp() => UseKestrel(0);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "spacecoopnews-browser", Guid.NewGuid().ToString("N"));

    /// <summary>Where the server listens, known once <see cref="Start"/> has run.</summary>
    public Uri BaseAddress => ClientOptions.BaseAddress;

    public void Start() => StartServer();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Folder);
        builder.UseEnvironment("Testing");
        // Outside Development the build's compressed assets (obj/) are only found through this manifest;
        // without it a browser asking for gzip gets an empty stylesheet.
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(Folder, "news.db")}");
        builder.UseSetting("Seed:Articles", "true");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(Folder, "logs", "browser-.log"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Several tests sign in from one address within a minute.
        builder.UseSetting("Accounts:SignInAttemptsPerMinute", "10000");
    }

    /// <summary>Creates an editor account (as an administrator would) and returns its email.</summary>
    public async Task<string> CreateEditorAsync(string password)
    {
        var email = $"editor-{Guid.NewGuid():N}@example.org";
        using var scope = Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync(email, Roles.Editor, password, mustChangePassword: false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
        return email;
    }

    /// <summary>
    /// Publishes <paramref name="count"/> short stories, rendered and tagged the way the app does on
    /// save, so that lists and searches have more than one page. Returns their slugs.
    /// </summary>
    public async Task<IReadOnlyList<string>> AddTaggedStoriesAsync(int count, string titlePrefix, string body)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var renderer = scope.ServiceProvider.GetRequiredService<MarkdownRenderer>();
        var tagger = scope.ServiceProvider.GetRequiredService<StoryTagger>();
        var slugs = new List<string>();
        // Older than every seeded story, so the seeded front page and story lists stay as they are.
        var start = new DateTime(1985, 1, 1, 9, 0, 0, DateTimeKind.Utc);
        for (var i = 1; i <= count; i++)
        {
            var title = $"{titlePrefix} {i}";
            var article = new Article
            {
                Slug = SpaceCoopNews.Web.Articles.Slug.From(title),
                Title = title,
                Summary = body,
                BodyMarkdown = body,
                BodyHtml = renderer.ToHtml(body),
                SourceName = "SpaceCoopNews browser tests",
                PublishedAt = start.AddDays(i),
                CreatedAt = start,
                UpdatedAt = start,
                Status = ArticleStatus.Published,
            };
            await tagger.TagAsync(article, CancellationToken.None);
            db.Articles.Add(article);
            slugs.Add(article.Slug);
        }
        await db.SaveChangesAsync();
        return slugs;
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
            // A file still held by the OS is left for the temp cleaner.
        }
    }
}
