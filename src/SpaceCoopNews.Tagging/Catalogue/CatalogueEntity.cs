using System.Text.Json.Serialization;

namespace SpaceCoopNews.Tagging;

/// <summary>The three kinds of thing a story can be linked to.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EntityKind>))]
public enum EntityKind { Agency, Mission, Person }

/// <summary>One agency, mission or person of the catalogue, with every field of the seed schema.</summary>
public sealed record CatalogueEntity(
    EntityKind Kind,
    string Slug,
    string Name,
    IReadOnlyList<string>? Aliases = null,
    IReadOnlyList<string>? AmbiguousAliases = null,
    string? Description = null,
    string? Country = null,
    string? Type = null,
    string? Role = null,
    string? Agency = null,
    IReadOnlyList<string>? Missions = null,
    string? Category = null,
    IReadOnlyList<string>? Agencies = null,
    string? Start = null,
    string? End = null,
    IReadOnlyList<string>? Crew = null,
    string? Vehicle = null,
    string? PartOf = null)
{
    /// <summary>The year the mission started, when the catalogue gives one.</summary>
    public int? StartYear => Start is { Length: >= 4 } && int.TryParse(Start.AsSpan(0, 4), out var year) ? year : null;

    /// <summary>Every slug this entity points at (agency, missions, crew, vehicle, programme).</summary>
    public IEnumerable<string> References()
    {
        if (Agency is not null) yield return Agency;
        if (Vehicle is not null) yield return Vehicle;
        if (PartOf is not null) yield return PartOf;
        foreach (var slug in Missions ?? []) yield return slug;
        foreach (var slug in Agencies ?? []) yield return slug;
        foreach (var slug in Crew ?? []) yield return slug;
    }
}
