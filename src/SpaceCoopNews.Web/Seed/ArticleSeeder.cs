using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Markdown;
using SpaceCoopNews.Web.Tagging;

namespace SpaceCoopNews.Web.Seed;

/// <summary>
/// Loads the sample stories once into an empty database. A marker row makes it idempotent:
/// a restart adds nothing, and stories an editor deleted do not come back.
/// </summary>
public sealed class ArticleSeeder(NewsDbContext db, MarkdownRenderer markdown, StoryTagger tagger, IOptions<SeedOptions> options, TimeProvider clock, ILogger<ArticleSeeder> logger)
{
    private const string MarkerKey = "seed.articles";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!options.Value.Articles
            || await db.Settings.AnyAsync(s => s.Key == MarkerKey, cancellationToken)
            || await db.Articles.AnyAsync(cancellationToken))
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var seeds = SeedArticle.LoadEmbedded();
        foreach (var seed in seeds)
        {
            var article = new Article
            {
                Slug = seed.Slug,
                Title = seed.Title,
                Summary = seed.Summary,
                BodyMarkdown = seed.Body,
                BodyHtml = markdown.ToHtml(seed.Body),
                SourceName = seed.Source,
                Author = seed.Author,
                PublishedAt = seed.PublishedAt,
                CreatedAt = now,
                UpdatedAt = now,
                Status = ArticleStatus.Published,
            };
            await tagger.TagAsync(article, cancellationToken);
            db.Articles.Add(article);
        }
        db.Settings.Add(new Setting { Key = MarkerKey, Value = now.ToString("O") });
        await db.SaveChangesAsync(cancellationToken);
        // Every story in the database was just tagged by the current tagger: no re-tag needed.
        await RetagService.StoreFingerprintAsync(db, cancellationToken);
        logger.LogInformation("Seeded {Count} sample stories", seeds.Count);
    }
}
