using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Entities;
using SpaceCoopNews.Web.Search;

namespace SpaceCoopNews.Web.Pages.Editor.Catalogue;

/// <summary>The catalogue for editors: find an entry by name or alias, filter by kind, 50 a page.</summary>
public sealed class IndexModel(NewsDbContext db, EntityCatalogue catalogue) : SitePageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<Row> Entries { get; private set; } = [];
    public string? Query { get; private set; }
    public string Kind { get; private set; } = "";
    public int PageNumber { get; private set; } = 1;
    public int Total { get; private set; }
    public bool HasNext => PageNumber * PageSize < Total;

    public async Task<IActionResult> OnGetAsync(
        [FromQuery(Name = "q")] string? q, [FromQuery(Name = "kind")] string? kind, [FromQuery(Name = "page")] string? page,
        CancellationToken cancellationToken)
    {
        var pageNumber = 1;
        EntityKind? kindFilter = null;
        if ((page is not null && (!int.TryParse(page, out pageNumber) || pageNumber < 1 || pageNumber > 1000))
            || (!string.IsNullOrEmpty(kind) && (kindFilter = EntitySection.KindOf(kind)) is null)
            || q is { Length: > 200 })
        {
            return BadRequest();
        }
        Query = q;
        Kind = kind ?? "";
        PageNumber = pageNumber;
        var snapshot = await catalogue.GetAsync(db, cancellationToken);
        var found = snapshot.Find(q, kindFilter);
        Total = found.Count;
        var ids = found.Skip((pageNumber - 1) * PageSize).Take(PageSize).Select(e => e.Id).ToList();
        var rows = await db.Entities.AsNoTracking()
            .Where(e => ids.Contains(e.Id))
            .Select(e => new Row(e.Id, e.Kind, e.Slug, e.Name, e.Aliases, e.EditedByEditor,
                e.Articles.Count(l => l.State != LinkState.Rejected)))
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        Entries = ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
        Meta.Title = "Catalogue";
        Meta.NoIndex = true;
        return Page();
    }

    public string LinkTo(int page)
    {
        var query = new List<string>();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            query.Add("q=" + Uri.EscapeDataString(Query));
        }
        if (Kind.Length > 0)
        {
            query.Add("kind=" + Kind);
        }
        if (page > 1)
        {
            query.Add($"page={page}");
        }
        return query.Count == 0 ? "/editor/catalogue" : "/editor/catalogue?" + string.Join('&', query);
    }

    public sealed record Row(int Id, EntityKind Kind, string Slug, string Name, List<string> Aliases, bool EditedByEditor, int Stories);
}
