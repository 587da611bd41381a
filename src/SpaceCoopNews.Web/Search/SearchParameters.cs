using System.Globalization;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Search;

/// <summary>
/// Reads the search parameters shared by the search page and the API (q, agency, mission, person,
/// from, to, sort, words) and says, per parameter, what was wrong.
/// </summary>
public sealed class SearchParameters
{
    public static readonly (string Name, EntityKind Kind)[] FilterParameters =
        [("agency", EntityKind.Agency), ("mission", EntityKind.Mission), ("person", EntityKind.Person)];

    public const int MaxFiltersPerKind = 5;

    public Dictionary<string, string[]> Errors { get; } = [];

    public SearchRequest Request { get; private set; } = new();

    public bool IsValid => Errors.Count == 0;

    public static SearchParameters Read(IQueryCollection query, EntityCatalogue.Snapshot catalogue)
    {
        var result = new SearchParameters();
        var searchQuery = SearchQuery.Parse(query["q"].ToString());
        var filters = new List<CatalogueEntity>();
        foreach (var (name, kind) in FilterParameters)
        {
            var slugs = query[name].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Distinct(StringComparer.Ordinal).ToList();
            if (slugs.Count > MaxFiltersPerKind)
            {
                result.Errors[name] = [$"Choose at most {MaxFiltersPerKind} values for {name}."];
                continue;
            }
            var unknown = new List<string>();
            foreach (var slug in slugs)
            {
                var entity = slug.Length <= 200 ? catalogue.FindBySlug(kind, slug) : null;
                if (entity is null)
                {
                    unknown.Add(slug);
                }
                else
                {
                    filters.Add(entity);
                }
            }
            if (unknown.Count > 0)
            {
                var shown = string.Join(", ", unknown.Select(s => $"“{(s.Length > 60 ? s[..60] + "…" : s)}”"));
                result.Errors[name] = [$"We have no {KindWord(kind)} called {shown}."];
            }
        }

        var from = result.ReadDate(query, "from");
        var to = result.ReadDate(query, "to");
        if (from is not null && to is not null && from > to)
        {
            result.Errors["to"] = ["The end date is before the start date."];
        }

        var sort = SearchSort.Relevance;
        var sortText = query["sort"].ToString();
        if (sortText is "newest")
        {
            sort = SearchSort.Newest;
        }
        else if (sortText is not ("" or "relevance"))
        {
            result.Errors["sort"] = ["Sort by “relevance” or “newest”."];
        }

        var wordsOnly = query["words"].ToString() is "1" or "true";
        result.Request = new SearchRequest
        {
            Query = searchQuery,
            Filters = filters,
            NamedEntities = wordsOnly ? [] : catalogue.Recognise(searchQuery),
            TextOnly = wordsOnly,
            FromUtc = from?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            ToUtc = to?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Sort = sort,
            Catalogue = catalogue,
        };
        return result;
    }

    public static string KindWord(EntityKind kind) => kind switch
    {
        EntityKind.Agency => "agency",
        EntityKind.Mission => "mission",
        _ => "person",
    };

    private DateOnly? ReadDate(IQueryCollection query, string name)
    {
        var text = query[name].ToString().Trim();
        if (text.Length == 0)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= 1900 and <= 9998)
        {
            return date;
        }
        Errors[name] = ["Use a date such as 2016-01-31 (year-month-day)."];
        return null;
    }
}
