using System.Text.Json.Serialization;
using Microsoft.AspNetCore.WebUtilities;

namespace SpaceCoopNews.Web.Api;

/// <summary>A page of a collection, in the shape Spaceflight News API clients know.</summary>
public sealed record ApiPage<T>(
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("next")] string? Next,
    [property: JsonPropertyName("previous")] string? Previous,
    [property: JsonPropertyName("results")] IReadOnlyList<T> Results);

/// <summary>Reads limit and offset, and builds the absolute next/previous links of a page.</summary>
public sealed record ApiPaging(int Limit, int Offset)
{
    public const int MaxLimit = 100;
    public const int MaxOffset = 100_000;

    public static ApiPaging Read(IQueryCollection query, int defaultLimit, Dictionary<string, string[]> errors)
    {
        var limit = ReadInt(query, "limit", defaultLimit, 1, MaxLimit, errors);
        var offset = ReadInt(query, "offset", 0, 0, MaxOffset, errors);
        return new ApiPaging(limit, offset);
    }

    public ApiPage<T> ToPage<T>(HttpRequest request, int count, IReadOnlyList<T> results)
    {
        var next = Offset + Limit < count ? LinkTo(request, Offset + Limit) : null;
        var previous = Offset > 0 ? LinkTo(request, Math.Max(0, Offset - Limit)) : null;
        return new ApiPage<T>(count, next, previous, results);
    }

    private string LinkTo(HttpRequest request, int offset)
    {
        var parameters = request.Query
            .Where(p => p.Key is not ("offset" or "limit"))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new("limit", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new("offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString($"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}", parameters);
    }

    private static int ReadInt(IQueryCollection query, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return fallback;
        }
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        errors[name] = [$"{name} must be a whole number from {min} to {max}."];
        return fallback;
    }
}
