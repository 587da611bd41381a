using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceCoopNews.Web.Data;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.HasIndex(a => a.Slug).IsUnique();
        // The home page, feeds and sitemap read published stories newest first, ties broken by id.
        builder.HasIndex(a => new { a.Status, a.PublishedAt, a.Id });
        builder.Property(a => a.Slug).HasMaxLength(200);
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.Property(a => a.Summary).HasMaxLength(2000);
        builder.Property(a => a.SourceName).HasMaxLength(200);
        builder.Property(a => a.SourceUrl).HasMaxLength(2000);
        builder.Property(a => a.Author).HasMaxLength(200);
        builder.Property(a => a.Version).IsConcurrencyToken();
    }
}

internal sealed class EntityConfiguration : IEntityTypeConfiguration<Entity>
{
    public void Configure(EntityTypeBuilder<Entity> builder)
    {
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.HasIndex(e => new { e.Kind, e.Name });
        builder.Property(e => e.Slug).HasMaxLength(200);
        builder.Property(e => e.Name).HasMaxLength(200);
    }
}

internal sealed class ArticleEntityConfiguration : IEntityTypeConfiguration<ArticleEntity>
{
    public void Configure(EntityTypeBuilder<ArticleEntity> builder)
    {
        builder.HasKey(l => new { l.ArticleId, l.EntityId });
        // Entity pages list the stories of one entity.
        builder.HasIndex(l => new { l.EntityId, l.State });
        builder.HasOne(l => l.Article).WithMany(a => a.Entities).HasForeignKey(l => l.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.Entity).WithMany(e => e.Articles).HasForeignKey(l => l.EntityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SettingConfiguration : IEntityTypeConfiguration<Setting>
{
    public void Configure(EntityTypeBuilder<Setting> builder) => builder.HasKey(s => s.Key);
}

internal sealed class ArticleSlugRedirectConfiguration : IEntityTypeConfiguration<ArticleSlugRedirect>
{
    public void Configure(EntityTypeBuilder<ArticleSlugRedirect> builder)
    {
        builder.HasIndex(r => r.OldSlug).IsUnique();
        builder.Property(r => r.OldSlug).HasMaxLength(200);
        builder.HasOne(r => r.Article).WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EntitySlugRedirectConfiguration : IEntityTypeConfiguration<EntitySlugRedirect>
{
    public void Configure(EntityTypeBuilder<EntitySlugRedirect> builder)
    {
        // One owner per old slug: an address never redirects to two places.
        builder.HasIndex(r => r.OldSlug).IsUnique();
        builder.Property(r => r.OldSlug).HasMaxLength(200);
        builder.HasOne(r => r.Entity).WithMany().HasForeignKey(r => r.EntityId).OnDelete(DeleteBehavior.Cascade);
    }
}
