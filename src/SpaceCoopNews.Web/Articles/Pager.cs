namespace SpaceCoopNews.Web.Articles;

/// <summary>Newer/older links for a paged list; LinkTo builds the URL of another page.</summary>
public sealed record Pager(int Page, bool HasNext, Func<int, string> LinkTo)
{
    public bool HasPrevious => Page > 1;
}
