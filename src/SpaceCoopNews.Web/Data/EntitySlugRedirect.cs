namespace SpaceCoopNews.Web.Data;

/// <summary>A slug an entity used to have (renamed, or merged into it); its old URLs answer 301 to the entity's page.</summary>
public class EntitySlugRedirect
{
    public int Id { get; set; }
    public required string OldSlug { get; set; }
    public int EntityId { get; set; }
    public Entity Entity { get; set; } = null!;
}
