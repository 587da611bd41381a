namespace SpaceCoopNews.Web.Feeds;

/// <summary>
/// Output cache for documents built from the published stories (reader pages, feeds, sitemap). Whatever publishes,
/// edits or unpublishes a story evicts them with <c>IOutputCacheStore.EvictByTagAsync(FeedCache.ArticlesTag, ct)</c>;
/// the short expiry covers scheduled stories that become visible on their own.
/// </summary>
public static class FeedCache
{
    public const string ArticlesTag = "articles";
    public const string Policy = "articles";
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(60);

    /// <summary>The sitemap costs seconds at 100,000 stories and crawlers need no minute-fresh copy.</summary>
    public const string SitemapPolicy = "sitemap";
    public static readonly TimeSpan SitemapExpiry = TimeSpan.FromMinutes(10);
}
