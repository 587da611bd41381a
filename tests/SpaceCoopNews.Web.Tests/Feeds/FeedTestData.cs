using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Feeds;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Feeds;

/// <summary>Catalogue entries and links stored directly, the way tagging and editors store them.</summary>
public static class FeedTestData
{
    /// <summary>The catalogue's entry with this slug (seeded at start-up), or a new one if the catalogue lacks it.</summary>
    public static async Task<Entity> EntityAsync(this NewsAppFactory app, EntityKind kind, string slug, string name)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var entity = db.Entities.SingleOrDefault(e => e.Slug == slug);
        if (entity is null)
        {
            entity = new Entity { Kind = kind, Slug = slug, Name = name, Description = $"{name}, for tests." };
            db.Entities.Add(entity);
            await db.SaveChangesAsync();
        }
        Assert.Equal(kind, entity.Kind);
        return entity;
    }

    public static async Task LinkAsync(this NewsAppFactory app, Article article, Entity entity, LinkState state = LinkState.Confirmed)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        db.ArticleEntities.Add(new ArticleEntity { ArticleId = article.Id, EntityId = entity.Id, State = state, Confidence = 0.9 });
        await db.SaveChangesAsync();
    }

    /// <summary>What publishing does after a change, so cached feeds and sitemap show it.</summary>
    public static async Task EvictArticlesCacheAsync(this NewsAppFactory app) =>
        await app.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(FeedCache.ArticlesTag, default);
}
