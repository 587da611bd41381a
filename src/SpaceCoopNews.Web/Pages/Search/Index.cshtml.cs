using Microsoft.AspNetCore.WebUtilities;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Search;

namespace SpaceCoopNews.Web.Pages.Search;

/// <summary>The search page: words, filters and sort from the URL; results, facets and paging.</summary>
public sealed class IndexModel(NewsDbContext db, EntityCatalogue catalogue, IArticleSearch search) : SitePageModel
{
    public const int PageSize = 20;
    public const int MaxPage = 500;

    public string Q { get; private set; } = "";
    public string From { get; private set; } = "";
    public string To { get; private set; } = "";
    public SearchSort Sort { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public SearchRequest? Current { get; private set; }
    public SearchResults? Results { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public List<string> Notes { get; } = [];

    public int PageCount => Results is null ? 0 : (Results.Total + PageSize - 1) / PageSize;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = Request.Query;
        Q = query["q"].ToString();
        From = query["from"].ToString();
        To = query["to"].ToString();
        var parameters = SearchParameters.Read(query, await catalogue.GetAsync(db, cancellationToken));
        Errors = parameters.Errors;
        var pageText = query["page"].ToString();
        if (pageText.Length > 0 && (!int.TryParse(pageText, out var page) || page < 1 || page > MaxPage))
        {
            Errors["page"] = [$"Choose a page from 1 to {MaxPage}."];
        }
        else if (pageText.Length > 0)
        {
            PageNumber = int.Parse(pageText, System.Globalization.CultureInfo.InvariantCulture);
        }
        Current = parameters.Request;
        Sort = Current.Sort;
        Notes.AddRange(Current.Query.Notes);
        Meta.Title = Q.Trim().Length > 0 ? $"Search: {Q.Trim()[..Math.Min(Q.Trim().Length, 80)]}" : "Search";
        Meta.NoIndex = true;
        Meta.CanonicalPath = LinkWith(_ => { });
        if (Errors.Count > 0 || Current.IsEmpty)
        {
            return;
        }
        Results = await search.SearchAsync(Current with { Offset = (PageNumber - 1) * PageSize, Limit = PageSize }, cancellationToken);
        if (Results.Total == 0)
        {
            Notes.Add("No published story matches. Try fewer words, another spelling, or remove a filter.");
        }
        else if (Results.Hits.Count == 0)
        {
            Notes.Add($"There are only {PageCount} pages of results.");
        }
    }

    /// <summary>This search's URL with a change applied: a filter added or removed, another page or sort.</summary>
    public string LinkWith(Action<Dictionary<string, List<string>>> change)
    {
        var state = new Dictionary<string, List<string>>
        {
            ["q"] = Q.Length > 0 ? [Q] : [],
            ["from"] = From.Length > 0 ? [From] : [],
            ["to"] = To.Length > 0 ? [To] : [],
            ["sort"] = Sort == SearchSort.Newest ? ["newest"] : [],
            ["words"] = Request.Query["words"].ToString() is "1" or "true" ? ["1"] : [],
            ["page"] = PageNumber > 1 ? [PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)] : [],
        };
        foreach (var (name, _) in SearchParameters.FilterParameters)
        {
            state[name] = (Current?.Filters ?? []).Where(f => SearchParameters.KindWord(f.Kind) == name).Select(f => f.Slug).ToList();
        }
        change(state);
        var pairs = state.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
        return QueryHelpers.AddQueryString("/search", pairs);
    }

    public string AddFilter(CatalogueEntity entity) => LinkWith(s =>
    {
        s[SearchParameters.KindWord(entity.Kind)].Add(entity.Slug);
        s["page"] = [];
    });

    public string RemoveFilter(CatalogueEntity entity) => LinkWith(s =>
    {
        s[SearchParameters.KindWord(entity.Kind)].Remove(entity.Slug);
        s["page"] = [];
    });

    public string WordsInstead() => LinkWith(s =>
    {
        s["words"] = ["1"];
        s["page"] = [];
    });

    public string ToPage(int page) => LinkWith(s => s["page"] = page > 1 ? [page.ToString(System.Globalization.CultureInfo.InvariantCulture)] : []);

    public static string FacetHeading(EntityKind kind) => kind switch
    {
        EntityKind.Agency => "Agencies",
        EntityKind.Mission => "Missions",
        _ => "People",
    };
}
