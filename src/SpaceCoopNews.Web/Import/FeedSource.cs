using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Import;

/// <summary>A feed an admin subscribed to, with its polling schedule, HTTP validators and import record.</summary>
public class FeedSource
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string FeedUrl { get; set; }
    public bool Enabled { get; set; } = true;
    public int PollIntervalMinutes { get; set; } = 60;

    /// <summary>Imported stories go live at once when set; otherwise they wait as drafts for an editor.</summary>
    public bool PublishDirectly { get; set; }

    /// <summary>Validators from the last 200 answer, sent back as If-None-Match / If-Modified-Since.</summary>
    public string? ETag { get; set; }
    public string? LastModified { get; set; }

    public DateTime? NextPollAt { get; set; }
    public DateTime? LastPolledAt { get; set; }
    public DateTime? LastSuccessAt { get; set; }
    public DateTime? LastErrorAt { get; set; }
    public string? LastError { get; set; }
    public int ConsecutiveFailures { get; set; }

    /// <summary>Why items of the last fetch were rejected, one line each (capped).</summary>
    public string? LastRejections { get; set; }

    public int LastNewCount { get; set; }
    public int LastDuplicateCount { get; set; }
    public int LastRejectedCount { get; set; }
    public int TotalNewCount { get; set; }
    public int TotalDuplicateCount { get; set; }
    public int TotalRejectedCount { get; set; }

    public DateTime CreatedAt { get; set; }
}

internal sealed class FeedSourceConfiguration : IEntityTypeConfiguration<FeedSource>
{
    public void Configure(EntityTypeBuilder<FeedSource> builder)
    {
        builder.ToTable("FeedSources");
        builder.HasIndex(s => s.FeedUrl).IsUnique();
        // The poller asks "which enabled sources are due?" every tick.
        builder.HasIndex(s => new { s.Enabled, s.NextPollAt });
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.FeedUrl).HasMaxLength(2000);
        builder.Property(s => s.ETag).HasMaxLength(500);
        builder.Property(s => s.LastModified).HasMaxLength(100);
        builder.Property(s => s.LastError).HasMaxLength(2000);
        builder.Property(s => s.LastRejections).HasMaxLength(4000);
    }
}

/// <summary>Where imported stories came from and the keys that deduplicate them.</summary>
internal sealed class ImportedArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.CanonicalUrl).HasMaxLength(2000);
        builder.Property(a => a.ContentHash).HasMaxLength(64);
        builder.Property(a => a.NormalizedTitle).HasMaxLength(300);
        builder.HasIndex(a => a.CanonicalUrl);
        builder.HasIndex(a => a.ContentHash);
        builder.HasIndex(a => new { a.NormalizedTitle, a.PublishedAt });
        builder.HasOne<FeedSource>().WithMany().HasForeignKey(a => a.SourceId).OnDelete(DeleteBehavior.SetNull);
    }
}
