using System.ComponentModel.DataAnnotations;
using SpaceCoopNews.Web.Articles;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.CatalogueEditing;

/// <summary>The fields of the catalogue entry form, with the limits every entry must meet.</summary>
public sealed class EntityForm : IValidatableObject
{
    public const int MaxAliases = 100;
    public const int MaxAliasLength = 200;

    /// <summary>Values other than the three kinds fail model binding, with a message by the field.</summary>
    public EntityKind Kind { get; set; }

    [Required(ErrorMessage = "Enter the name readers know the entry by.")]
    [StringLength(200, ErrorMessage = "The name is at most 200 characters.")]
    public string Name { get; set; } = "";

    [StringLength(Articles.Slug.MaxLength, ErrorMessage = "The slug is at most 120 characters.")]
    public string? Slug { get; set; }

    /// <summary>One alias a line, as typed.</summary>
    [StringLength(30_000, ErrorMessage = "The aliases are at most 30,000 characters in all.")]
    public string? Aliases { get; set; }

    [StringLength(2000, ErrorMessage = "The description is at most 2,000 characters.")]
    public string? Description { get; set; }

    [StringLength(100, ErrorMessage = "The country is at most 100 characters.")]
    public string? Country { get; set; }

    [StringLength(200, ErrorMessage = "The role or category is at most 200 characters.")]
    public string? Role { get; set; }

    [StringLength(100, ErrorMessage = "The dates are at most 100 characters.")]
    public string? Dates { get; set; }

    /// <summary>The aliases one a line, trimmed, without blanks, repeats or the name itself.</summary>
    public List<string> AliasList() =>
        (Aliases ?? "").Split('\n')
            .Select(a => a.Trim())
            .Where(a => a.Length > 0 && !string.Equals(a, Name.Trim(), StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>The slug asked for, or one made from the name when the field is left empty.</summary>
    public string SlugOrFromName() => string.IsNullOrWhiteSpace(Slug) ? Articles.Slug.From(Name) : Slug.Trim();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var aliases = AliasList();
        if (aliases.Count > MaxAliases)
        {
            yield return new ValidationResult($"At most {MaxAliases} aliases ({aliases.Count} given).", [nameof(Aliases)]);
        }
        var tooLong = aliases.FindIndex(a => a.Length > MaxAliasLength);
        if (tooLong >= 0)
        {
            yield return new ValidationResult($"Each alias is at most {MaxAliasLength} characters; \"{aliases[tooLong][..40]}…\" has {aliases[tooLong].Length:N0}.", [nameof(Aliases)]);
        }
        if (!string.IsNullOrWhiteSpace(Slug) && !Articles.Slug.IsValid(Slug.Trim()))
        {
            yield return new ValidationResult("Use lowercase letters, digits and single hyphens, such as soyuz-ms-25.", [nameof(Slug)]);
        }
        else if (!string.IsNullOrWhiteSpace(Name) && SlugOrFromName().Length == 0)
        {
            yield return new ValidationResult("The name has no letters or digits to make an address from; enter a slug.", [nameof(Slug)]);
        }
    }

    /// <summary>
    /// What the entry held when the form was opened (<see cref="FingerprintOf"/>): a save over an
    /// entry someone else has changed since is stopped and shown, never silently applied.
    /// </summary>
    public string? Fingerprint { get; set; }

    public static string FingerprintOf(Entity entity)
    {
        var text = string.Join('\u001f', entity.Kind, entity.Name, entity.Slug, string.Join('\u001e', entity.Aliases),
            entity.Description, entity.Country, entity.Role, entity.Dates);
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..32];
    }

    public static EntityForm From(Entity entity) => new()
    {
        Fingerprint = FingerprintOf(entity),
        Kind = entity.Kind,
        Name = entity.Name,
        Slug = entity.Slug,
        Aliases = string.Join('\n', entity.Aliases),
        Description = entity.Description,
        Country = entity.Country,
        Role = entity.Role,
        Dates = entity.Dates,
    };

    /// <summary>Copies the fields onto the entry (the slug is the writer's business).</summary>
    public void CopyTo(Entity entity)
    {
        entity.Kind = Kind;
        entity.Name = Name.Trim();
        entity.Aliases = AliasList();
        entity.Description = Description?.Trim() ?? "";
        entity.Country = Blank(Country);
        entity.Role = Blank(Role);
        entity.Dates = Blank(Dates);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
