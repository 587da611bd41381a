namespace SpaceCoopNews.Web.Seed;

/// <summary>Seeding switches (section "Seed").</summary>
public sealed class SeedOptions
{
    /// <summary>Load the sample stories into an empty database on first start.</summary>
    public bool Articles { get; set; } = true;
}
