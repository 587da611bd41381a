using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace SpaceCoopNews.Web.Data;

/// <summary>The one SQLite database: stories, catalogue, and the newsroom's accounts (Identity stores).</summary>
public class NewsDbContext(DbContextOptions<NewsDbContext> options) : IdentityDbContext<EditorUser, IdentityRole, string>(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Entity> Entities => Set<Entity>();
    public DbSet<ArticleEntity> ArticleEntities => Set<ArticleEntity>();
    public DbSet<EntitySlugRedirect> EntitySlugRedirects => Set<EntitySlugRedirect>();
    public DbSet<ArticleSlugRedirect> ArticleSlugRedirects => Set<ArticleSlugRedirect>();
    public DbSet<Setting> Settings => Set<Setting>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Import.FeedSource> FeedSources => Set<Import.FeedSource>();
    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NewsDbContext).Assembly);
    }
}
