namespace SpaceCoopNews.Web.Data;

/// <summary>A slug a published story used to have; links shared under it answer 301 to the story's page.</summary>
public class ArticleSlugRedirect
{
    public int Id { get; set; }
    public required string OldSlug { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
}
