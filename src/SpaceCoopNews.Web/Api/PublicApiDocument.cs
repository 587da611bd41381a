using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SpaceCoopNews.Web.Api;

/// <summary>
/// Describes the API as a whole (title, errors, limits, feeds) and adds the answers every /api
/// operation can give (400, 429, 500 as problem details) so resource endpoints need not repeat them.
/// </summary>
internal sealed class PublicApiDocument : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    private const string ProblemJson = "application/problem+json";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "SpaceCoopNews API",
            Version = "v1",
            Description = """
                Space news linked to the agencies, missions and people it mentions.

                * Errors are problem details (`application/problem+json`, RFC 9457); a 400 names the parameter at fault.
                * Reads (`GET`) under `/api` may be called from any origin (CORS).
                * Requests are limited per client IP; over the limit the answer is `429` with a `Retry-After` header (seconds).
                * Feeds: RSS 2.0 at `/feed.xml`, Atom 1.0 at `/atom.xml`, and an RSS feed per entity at
                  `/agencies/{slug}/feed.xml`, `/missions/{slug}/feed.xml` and `/people/{slug}/feed.xml`.
                  They answer conditional requests (`If-None-Match`, `If-Modified-Since`) with `304`.
                """,
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var route = context.Description.RelativePath ?? "";
        if (!route.StartsWith("api/", StringComparison.Ordinal) && route != "api")
        {
            return Task.CompletedTask;
        }
        operation.Responses ??= new OpenApiResponses();
        AddProblem(operation.Responses, "400", "The request is not valid; the problem names the parameter.");
        AddProblem(operation.Responses, "429", "Too many requests from this client; retry after the number of seconds in Retry-After.");
        AddProblem(operation.Responses, "500", "The server failed; the problem carries a trace id to quote.");
        if (operation.Responses["429"] is OpenApiResponse tooMany)
        {
            tooMany.Headers ??= new Dictionary<string, IOpenApiHeader>();
            tooMany.Headers["Retry-After"] = new OpenApiHeader
            {
                Description = "Seconds to wait before retrying.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
            };
        }
        return Task.CompletedTask;
    }

    private static void AddProblem(OpenApiResponses responses, string status, string description)
    {
        if (!responses.ContainsKey(status))
        {
            responses[status] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() },
            };
        }
    }
}
