using Microsoft.AspNetCore.OutputCaching;
using SpaceCoopNews.Web.Feeds;

namespace SpaceCoopNews.Web.Editor;

/// <summary>
/// Evicts cached reader output (pages, feeds) tagged with FeedCache.ArticlesTag when what readers may see changes.
/// Does nothing when no output cache is registered.
/// </summary>
public sealed class PublishedArticlesCache(IEnumerable<IOutputCacheStore> stores)
{
    public async Task EvictAsync(CancellationToken cancellationToken)
    {
        foreach (var store in stores)
        {
            await store.EvictByTagAsync(FeedCache.ArticlesTag, cancellationToken);
        }
    }
}
