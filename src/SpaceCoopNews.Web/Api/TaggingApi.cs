using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using SpaceCoopNews.Web.Tagging;

namespace SpaceCoopNews.Web.Api;

/// <summary>POST /api/v1/tagging/preview: what the tagger would link in a text, with evidence.</summary>
public static class TaggingApi
{
    public const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapTaggingApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/tagging/preview", PreviewAsync)
            .WithName("PreviewTagging")
            .WithTags("Tagging")
            .WithSummary("Tag a title and body without storing anything")
            .Accepts<PreviewRequest>("application/json")
            .Produces<PreviewResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .DisableAntiforgery();
        return app;
    }

    public sealed record PreviewRequest(string? Title, string? Body);

    public sealed record PreviewResponse(IReadOnlyList<PreviewEntity> Entities);

    public sealed record PreviewEntity(string Kind, string Slug, string Name, IReadOnlyList<string> Aliases, double Confidence, string Evidence, IReadOnlyList<StoredMention> Mentions);

    private static async Task<Results<Ok<PreviewResponse>, ValidationProblem, ProblemHttpResult>> PreviewAsync(
        HttpRequest request, TaggerProvider taggers, CancellationToken cancellationToken)
    {
        // Read the body ourselves: the size cap and JSON errors become clear problem details, never a 500.
        if (request.ContentLength > MaxBodyBytes)
        {
            return TooLarge();
        }
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
            {
                return TooLarge();
            }
        }
        PreviewRequest? input;
        try
        {
            input = JsonSerializer.Deserialize<PreviewRequest>(buffer.ToArray(), JsonOptions);
        }
        catch (JsonException ex)
        {
            return TypedResults.Problem(statusCode: 400, title: "The request body is not valid JSON.", detail: ex.Message);
        }
        if (string.IsNullOrWhiteSpace(input?.Body))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["The body field is required and must not be empty."] });
        }
        var tagger = await taggers.GetAsync(cancellationToken);
        var result = tagger.Tag(input.Title ?? "", null, input.Body);
        return TypedResults.Ok(new PreviewResponse(result.Entities.Select(e => new PreviewEntity(
            e.Kind.ToString().ToLowerInvariant(), e.Slug, e.Name, e.Aliases, Math.Round(e.Confidence, 3), e.Evidence,
            e.Mentions.Select(m => new StoredMention(m.Field, m.Start, m.Length, m.Text)).ToList())).ToList()));
    }

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is larger than 1 MB.");

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };
}
