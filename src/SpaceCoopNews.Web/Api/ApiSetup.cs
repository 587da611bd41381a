using Scalar.AspNetCore;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Feeds;

namespace SpaceCoopNews.Web.Api;

/// <summary>
/// What every public endpoint shares: the OpenAPI document and its reference page, problem details
/// for every error under /api, CORS for reads, rate limits. Resource endpoints (Api/*Api.cs) only map
/// their route groups; whatever they map is documented and limited here.
/// </summary>
public static class ApiSetup
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string ReferencePath = "/api/docs";
    public const string ReadCorsPolicy = "PublicRead";

    public static IHostApplicationBuilder AddPublicApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenApi("v1", options =>
        {
            options.AddDocumentTransformer<PublicApiDocument>();
            options.AddOperationTransformer<PublicApiDocument>();
        });
        builder.Services.AddCors(cors => cors.AddPolicy(ReadCorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .AllowAnyHeader()
            .WithExposedHeaders("Retry-After", "ETag", "Link")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        builder.Services.AddApiRateLimits();
        builder.Services.AddExceptionHandler<BadApiRequestHandler>();
        // Binding failures throw, so BadApiRequestHandler can say which parameter was wrong.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return builder;
    }

    /// <summary>Middleware; call after UseRouting. The limits take effect in Program's single UseRateLimiter.</summary>
    public static WebApplication UsePublicApi(this WebApplication app)
    {
        app.UseWhen(IsApi, api => api.UseExceptionHandler());
        // Reads only: a cross-origin POST gets no Access-Control-Allow-Origin, so browsers block it.
        app.UseWhen(
            context => (IsApi(context) || context.Request.Path.StartsWithSegments("/openapi"))
                && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method)),
            reads => reads.UseCors(ReadCorsPolicy));
        return app;
    }

    public static WebApplication MapPublicApiDocs(this WebApplication app)
    {
        app.MapOpenApi(DocumentPath);
        app.MapScalarApiReference(ReferencePath, options => options
            .WithTitle("SpaceCoopNews API")
            .WithOpenApiRoutePattern(DocumentPath));
        app.MapGet("/api/v1", () => Results.Ok(ApiIndex.Current))
            .WithTags("API")
            .WithName("ApiIndex")
            .WithSummary("Where the documentation, the OpenAPI document and the feeds are");
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}

/// <summary>The API's front door: links to its documentation and to the feeds.</summary>
public sealed record ApiIndex(string Documentation, string OpenApi, IReadOnlyList<string> Feeds)
{
    public static ApiIndex Current { get; } = new(
        ApiSetup.ReferencePath,
        ApiSetup.DocumentPath,
        [EntityFeeds.SiteRssPath, EntityFeeds.SiteAtomPath, .. Enum.GetValues<EntityKind>().Select(kind => EntityFeeds.PathFor(kind, "{slug}"))]);
}
