using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpaceCoopNews.Tagging.Evaluation;

/// <summary>A hand-labelled story of the evaluation set (eval/tagging/README.md).</summary>
public sealed record EvaluationArticle(
    string Id,
    string Title,
    string Body,
    bool Negative,
    IReadOnlyList<GoldEntity> Entities,
    [property: JsonPropertyName("optional_entities")] IReadOnlyList<GoldEntity>? OptionalEntities);

/// <summary>An entity the story must (or, when optional, may) be linked to, with its accepted names.</summary>
public sealed record GoldEntity(string Kind, string Name, IReadOnlyList<string>? Variants);

/// <summary>Reads evaluation files (a JSON array of articles).</summary>
public static class EvaluationSet
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<EvaluationArticle> Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    public static IReadOnlyList<EvaluationArticle> Load(Stream json) =>
        JsonSerializer.Deserialize<List<EvaluationArticle>>(json, Options)
            ?? throw new InvalidDataException("The evaluation file holds no articles.");
}
