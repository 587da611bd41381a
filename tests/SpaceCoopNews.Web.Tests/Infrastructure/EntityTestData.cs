using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Tests.Infrastructure;

/// <summary>Catalogue entries and story links written straight through the DbContext, as the tagging service does.</summary>
public static class EntityTestData
{
    public static async Task<Entity> AddEntityAsync(this NewsAppFactory app, EntityKind kind, string slug, string name, params string[] aliases)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        // The app seeds the real catalogue; its entries are used as they are.
        var existing = await db.Entities.AsNoTracking().FirstOrDefaultAsync(e => e.Slug == slug);
        if (existing is not null)
        {
            return existing;
        }
        var entity = new Entity { Kind = kind, Slug = slug, Name = name, Aliases = aliases.ToList() };
        db.Entities.Add(entity);
        await db.SaveChangesAsync();
        return entity;
    }

    public static async Task LinkEntityAsync(this NewsAppFactory app, Article article, Entity entity, LinkState state = LinkState.Suggested)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        db.ArticleEntities.Add(new ArticleEntity { ArticleId = article.Id, EntityId = entity.Id, State = state, Confidence = 0.9 });
        await db.SaveChangesAsync();
    }

    public static async Task ChangeAsync(this NewsAppFactory app, Func<NewsDbContext, Task> change)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        await change(db);
        await db.SaveChangesAsync();
    }

    public static Task SetLinkStateAsync(this NewsAppFactory app, Article article, Entity entity, LinkState state) =>
        app.ChangeAsync(async db =>
        {
            var link = await db.ArticleEntities.SingleAsync(l => l.ArticleId == article.Id && l.EntityId == entity.Id);
            link.State = state;
        });
}

/// <summary>
/// The app with no sample stories and no background re-tagging, so the links a search test writes
/// are the only links there are.
/// </summary>
public class SearchAppFactory : EmptyNewsAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Tagging:RetagInBackground", "false");
    }
}
