using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using SpaceCoopNews.Web.Articles;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Search;

namespace SpaceCoopNews.Web.Api;

/// <summary>GET /api/v1/entities (the catalogue, paged) and GET /api/v1/entities/suggest (as-you-type).</summary>
public static class EntitiesApi
{
    public const int DefaultLimit = 20;
    public const int MaxSuggestions = 10;

    public static IEndpointRouteBuilder MapEntitiesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/entities").WithTags("Entities");
        group.MapGet("/", ListAsync);
        group.MapGet("/suggest", SuggestAsync);
        return app;
    }

    private static async Task<Results<Ok<ApiPage<EntityDto>>, ValidationProblem>> ListAsync(
        HttpRequest http, NewsDbContext db, EntityCatalogue catalogue, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var kind = ReadKind(http.Query, errors);
        var paging = ApiPaging.Read(http.Query, DefaultLimit, errors);
        var q = http.Query["q"].ToString();
        if (q.Length > SearchQuery.MaxLength)
        {
            errors["q"] = [$"q must be at most {SearchQuery.MaxLength} characters."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Some parameters are not valid.");
        }
        var found = (await catalogue.GetAsync(db, cancellationToken)).Find(q, kind);
        var origin = $"{http.Scheme}://{http.Host}{http.PathBase}";
        var results = found.Skip(paging.Offset).Take(paging.Limit).Select(e => EntityDto.From(e, origin)).ToList();
        return TypedResults.Ok(paging.ToPage(http, found.Count, results));
    }

    private static async Task<Results<Ok<SuggestionsDto>, ValidationProblem>> SuggestAsync(
        HttpRequest http, NewsDbContext db, EntityCatalogue catalogue, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var kind = ReadKind(http.Query, errors);
        var q = http.Query["q"].ToString();
        if (q.Length > 100)
        {
            errors["q"] = ["q must be at most 100 characters."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Some parameters are not valid.");
        }
        var suggestions = (await catalogue.GetAsync(db, cancellationToken)).Suggest(q, kind, MaxSuggestions)
            .Select(s => new SuggestionDto(s.Entity.KindName, s.Entity.Slug, s.Entity.Name, s.Matched == s.Entity.Name ? null : s.Matched,
                $"/search?{SearchParameters.KindWord(s.Entity.Kind)}={Uri.EscapeDataString(s.Entity.Slug)}"))
            .ToList();
        return TypedResults.Ok(new SuggestionsDto(suggestions));
    }

    private static EntityKind? ReadKind(IQueryCollection query, Dictionary<string, string[]> errors)
    {
        var text = query["kind"].ToString();
        switch (text)
        {
            case "":
                return null;
            case "agency":
                return EntityKind.Agency;
            case "mission":
                return EntityKind.Mission;
            case "person":
                return EntityKind.Person;
            default:
                errors["kind"] = ["kind must be agency, mission or person."];
                return null;
        }
    }
}

public sealed record EntityDto(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string> Aliases,
    [property: JsonPropertyName("url")] string Url)
{
    public static EntityDto From(CatalogueEntity entity, string origin) =>
        new(entity.Id, entity.KindName, entity.Slug, entity.Name, entity.Aliases, origin + EntityChip.PathFor(entity.Kind, entity.Slug));
}

public sealed record SuggestionsDto([property: JsonPropertyName("results")] IReadOnlyList<SuggestionDto> Results);

public sealed record SuggestionDto(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("alias")] string? Alias,
    [property: JsonPropertyName("search_url")] string SearchUrl);
