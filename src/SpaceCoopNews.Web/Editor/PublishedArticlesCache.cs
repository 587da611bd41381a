using Microsoft.AspNetCore.OutputCaching;

namespace SpaceCoopNews.Web.Editor;

/// <summary>
/// Evicts cached reader output (pages, feeds) tagged "articles" when what readers may see changes.
/// Does nothing when no output cache is registered.
/// </summary>
public sealed class PublishedArticlesCache(IEnumerable<IOutputCacheStore> stores)
{
    public const string Tag = "articles";

    public async Task EvictAsync(CancellationToken cancellationToken)
    {
        foreach (var store in stores)
        {
            await store.EvictByTagAsync(Tag, cancellationToken);
        }
    }
}
