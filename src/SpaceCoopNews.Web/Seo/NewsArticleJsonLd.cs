using System.Text.Json.Serialization;
using SpaceCoopNews.Web.Articles;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Seo;

/// <summary>schema.org NewsArticle for a story page, so search engines and link previews read it right.</summary>
public sealed record NewsArticleJsonLd(
    string Headline,
    string? Description,
    string Url,
    DateTimeOffset DatePublished,
    DateTimeOffset DateModified,
    IReadOnlyList<JsonLdThing> Author,
    JsonLdThing Publisher,
    JsonLdThing MainEntityOfPage,
    IReadOnlyList<JsonLdThing>? About)
{
    [JsonPropertyName("@context"), JsonPropertyOrder(-2)]
    public string Context => "https://schema.org";

    [JsonPropertyName("@type"), JsonPropertyOrder(-1)]
    public string Type => "NewsArticle";

    public static NewsArticleJsonLd For(Article story, IEnumerable<EntityChip> entities, string origin)
    {
        var url = $"{origin}/articles/{story.Slug}";
        var published = Feeds.FeedStory.AsUtc(story.PublishedAt!.Value);
        var modified = Feeds.FeedStory.AsUtc(story.UpdatedAt);
        var publisher = new JsonLdThing("Organization", "SpaceCoopNews", origin + "/");
        var about = entities.Select(e => new JsonLdThing(TypeOf(e.Kind), e.Name, origin + e.Path)).ToList();
        return new NewsArticleJsonLd(
            story.Title,
            string.IsNullOrEmpty(story.Summary) ? null : story.Summary,
            url,
            published,
            modified > published ? modified : published,
            // Without a named author the story is credited to its source, else to the site.
            string.IsNullOrWhiteSpace(story.Author)
                ? [string.IsNullOrWhiteSpace(story.SourceName) ? publisher : new JsonLdThing("Organization", story.SourceName, null)]
                : [new JsonLdThing("Person", story.Author, null)],
            publisher,
            new JsonLdThing("WebPage", null, null) { Id = url },
            about.Count == 0 ? null : about);
    }

    private static string TypeOf(EntityKind kind) => kind switch
    {
        EntityKind.Agency => "Organization",
        EntityKind.Person => "Person",
        _ => "Thing",
    };
}

/// <summary>A schema.org node: type, name, page.</summary>
public sealed record JsonLdThing([property: JsonPropertyName("@type")] string Type, string? Name, string? Url)
{
    [JsonPropertyName("@id")]
    public string? Id { get; init; }
}
