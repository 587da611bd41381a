using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpaceCoopNews.Web.Accounts;

namespace SpaceCoopNews.Web.Data;

/// <summary>The two roles exist in every database from the migration on, so no start-up step creates them.</summary>
internal sealed class RoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> builder) => builder.HasData(
        new IdentityRole { Id = "role-admin", Name = Roles.Admin, NormalizedName = Roles.Admin.ToUpperInvariant(), ConcurrencyStamp = "role-admin" },
        new IdentityRole { Id = "role-editor", Name = Roles.Editor, NormalizedName = Roles.Editor.ToUpperInvariant(), ConcurrencyStamp = "role-editor" });
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        // The audit page reads newest first.
        builder.HasIndex(e => e.At);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.Action).HasMaxLength(64);
        builder.Property(e => e.Target).HasMaxLength(300);
        builder.Property(e => e.Details).HasMaxLength(2000);
    }
}

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> builder)
    {
        builder.HasIndex(r => new { r.ArticleId, r.Version }).IsUnique();
        builder.HasOne(r => r.Article).WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.SavedBy).HasMaxLength(256);
        builder.Property(r => r.Note).HasMaxLength(300);
    }
}
