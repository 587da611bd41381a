namespace SpaceCoopNews.Web.Data;

/// <summary>A catalogue entry (agency, mission or person) that stories link to.</summary>
public class Entity
{
    public int Id { get; set; }
    public EntityKind Kind { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public List<string> Aliases { get; set; } = [];
    public string Description { get; set; } = "";
    public string? Country { get; set; }

    /// <summary>A person's role or a mission's category.</summary>
    public string? Role { get; set; }

    /// <summary>Free-form dates as the catalogue gives them ("1994-02-03 – 1994-02-11").</summary>
    public string? Dates { get; set; }

    /// <summary>Slugs of related entities: a person's agency and missions, a mission's crew and agencies.</summary>
    public List<string> Related { get; set; } = [];

    /// <summary>Set when an editor changed the entry, so a new catalogue seed never overwrites it.</summary>
    public bool EditedByEditor { get; set; }

    public List<ArticleEntity> Articles { get; set; } = [];
}
