namespace SpaceCoopNews.Web.Feeds;

/// <summary>Feeds out: services and endpoints.</summary>
public static class FeedsSetup
{
    public static IHostApplicationBuilder AddFeeds(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOutputCache(options =>
        {
            options.AddPolicy(FeedCache.Policy, policy => policy.Expire(FeedCache.Expiry).Tag(FeedCache.ArticlesTag));
            options.AddPolicy(FeedCache.SitemapPolicy, policy => policy.Expire(FeedCache.SitemapExpiry).Tag(FeedCache.ArticlesTag));
        });
        return builder;
    }

    /// <summary>The output cache for feeds and sitemap; call after UseAuthorization.</summary>
    public static WebApplication UseFeedCache(this WebApplication app)
    {
        app.UseOutputCache();
        return app;
    }
}
