using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using SpaceCoopNews.Web.CatalogueEditing;
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

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var query = Request.Query;
        var snapshot = await catalogue.GetAsync(db, cancellationToken);
        if (await MovedFiltersAsync(query, snapshot, cancellationToken) is { } moved)
        {
            return RedirectPermanent(moved);
        }
        Q = query["q"].ToString();
        From = query["from"].ToString();
        To = query["to"].ToString();
        var parameters = SearchParameters.Read(query, snapshot);
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
            return Page();
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
        return Page();
    }

    /// <summary>
    /// A bookmarked or shared search that names an entity by a slug it no longer has (renamed or
    /// merged in the catalogue): the same search under the current slug, or null.
    /// </summary>
    private async Task<string?> MovedFiltersAsync(IQueryCollection query, EntityCatalogue.Snapshot snapshot, CancellationToken cancellationToken)
    {
        var changed = false;
        var values = query.ToDictionary(p => p.Key, p => p.Value.Select(v => v ?? "").ToList());
        foreach (var kind in new[] { EntityKind.Agency, EntityKind.Mission, EntityKind.Person })
        {
            var name = kind.ToString().ToLowerInvariant();
            if (!values.TryGetValue(name, out var slugs))
            {
                continue;
            }
            for (var i = 0; i < slugs.Count; i++)
            {
                var slug = slugs[i].Trim();
                if (slug.Length is > 0 and <= 200 && !slug.Contains(',') && snapshot.FindBySlug(kind, slug) is null
                    && await SlugRedirects.FindAsync(db, slug, cancellationToken) is { } target && target.Kind == kind)
                {
                    slugs[i] = target.Slug;
                    changed = true;
                }
            }
        }
        return changed ? QueryHelpers.AddQueryString("/search", values.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))) : null;
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
