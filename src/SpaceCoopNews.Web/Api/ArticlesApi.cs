using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Articles;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Search;

namespace SpaceCoopNews.Web.Api;

/// <summary>GET /api/v1/articles (search and listing) and GET /api/v1/articles/{slug}.</summary>
public static class ArticlesApi
{
    public const int DefaultLimit = 10;

    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/articles").WithTags("Articles");
        group.MapGet("/", ListAsync);
        group.MapGet("/{slug}", GetAsync);
        return app;
    }

    private static async Task<Results<Ok<ApiPage<ArticleDto>>, ValidationProblem>> ListAsync(
        HttpRequest http, NewsDbContext db, EntityCatalogue catalogue, IArticleSearch search, CancellationToken cancellationToken)
    {
        var parameters = SearchParameters.Read(http.Query, await catalogue.GetAsync(db, cancellationToken));
        var paging = ApiPaging.Read(http.Query, DefaultLimit, parameters.Errors);
        if (!parameters.IsValid)
        {
            return TypedResults.ValidationProblem(parameters.Errors, title: "Some parameters are not valid.");
        }
        var request = parameters.Request;
        if (request.Query.Text.Length > 0 && request.Query.Terms.Count == 0)
        {
            // Typed, but nothing searchable: an empty result rather than every story.
            return TypedResults.Ok(paging.ToPage<ArticleDto>(http, 0, []));
        }
        var results = await search.SearchAsync(request with
        {
            Sort = http.Query.ContainsKey("sort") || request.Query.HasPositiveTerms ? request.Sort : SearchSort.Newest,
            Offset = paging.Offset,
            Limit = paging.Limit,
            IncludeFacets = false,
            IncludeSnippets = false,
        }, cancellationToken);
        var origin = $"{http.Scheme}://{http.Host}{http.PathBase}";
        return TypedResults.Ok(paging.ToPage(http, results.Total, results.Hits
            .Select(h => new ArticleDto(h.Id, h.Slug, h.Title, $"{origin}/articles/{h.Slug}", h.Summary, h.PublishedAt, h.Source, h.Entities.Select(EntityRefDto.From).ToList()))
            .ToList()));
    }

    private static async Task<Results<Ok<ArticleDto>, ProblemHttpResult>> GetAsync(
        string slug, HttpRequest http, NewsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var article = await db.Articles.AsNoTracking().VisibleAt(now).Where(a => a.Slug == slug)
            .Select(a => new { a.Id, a.Slug, a.Title, a.Summary, a.PublishedAt, a.SourceName })
            .FirstOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No published article has that slug.");
        }
        var chips = await EntityChip.ForArticlesAsync(db, [article.Id], cancellationToken);
        var origin = $"{http.Scheme}://{http.Host}{http.PathBase}";
        return TypedResults.Ok(new ArticleDto(article.Id, article.Slug, article.Title, $"{origin}/articles/{article.Slug}", article.Summary,
            DateTime.SpecifyKind(article.PublishedAt!.Value, DateTimeKind.Utc), article.SourceName, chips[article.Id].Select(EntityRefDto.From).ToList()));
    }
}

public sealed record ArticleDto(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("published_at")] DateTime PublishedAt,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("entities")] IReadOnlyList<EntityRefDto> Entities);

public sealed record EntityRefDto(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name)
{
    public static EntityRefDto From(EntityChip chip) => new(chip.KindName, chip.Slug, chip.Name);
}
