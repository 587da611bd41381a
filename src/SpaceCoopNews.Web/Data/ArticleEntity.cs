namespace SpaceCoopNews.Web.Data;

/// <summary>A link between a story and an entity, with where it came from and the evidence.</summary>
public class ArticleEntity
{
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int EntityId { get; set; }
    public Entity Entity { get; set; } = null!;

    public LinkSource Source { get; set; }
    public LinkState State { get; set; }
    public double Confidence { get; set; }

    /// <summary>JSON array of mentions: [{field, start, length, text}].</summary>
    public string Mentions { get; set; } = "[]";
    public string? Evidence { get; set; }
}

public enum LinkSource
{
    Automatic = 0,
    Editor = 1,
}

/// <summary>Suggested links show to readers; an editor's rejection hides a link and survives re-tagging.</summary>
public enum LinkState
{
    Suggested = 0,
    Confirmed = 1,
    Rejected = 2,
}
