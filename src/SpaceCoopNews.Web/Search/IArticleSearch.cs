using SpaceCoopNews.Web.Articles;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Search;

/// <summary>
/// Full-text search over published stories. Pages and the API depend only on this; the SQLite FTS5
/// implementation sits beside it, and a PostgreSQL one can follow without touching them.
/// </summary>
public interface IArticleSearch
{
    /// <summary>Stories matching the request; with no words and no filters, every visible story.</summary>
    Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken);
}

public enum SearchSort
{
    Relevance,
    Newest,
}

/// <summary>A catalogue entity as search knows it: for filters, facets and query interpretation.</summary>
public sealed record CatalogueEntity(int Id, EntityKind Kind, string Slug, string Name, IReadOnlyList<string> Aliases)
{
    public string KindName => Kind.ToString().ToLowerInvariant();

    public EntityChip ToChip() => new(Kind, Slug, Name);
}

/// <summary>A validated search: parsed text, resolved filters, sort and window.</summary>
public sealed record SearchRequest
{
    public SearchQuery Query { get; init; } = SearchQuery.Parse("");

    /// <summary>Every story returned must be linked to all of these.</summary>
    public IReadOnlyList<CatalogueEntity> Filters { get; init; } = [];

    /// <summary>Entities the query's words name; their stories rank first.</summary>
    public IReadOnlyList<(CatalogueEntity Entity, QueryTerm Term)> NamedEntities { get; init; } = [];

    /// <summary>Match the words in the story text only, not in the names of linked entities ("search the words instead").</summary>
    public bool TextOnly { get; init; }

    public DateTime? FromUtc { get; init; }

    /// <summary>Exclusive upper bound.</summary>
    public DateTime? ToUtc { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Offset { get; init; }
    public int Limit { get; init; } = 20;
    public bool IncludeFacets { get; init; } = true;
    public bool IncludeSnippets { get; init; } = true;

    /// <summary>The catalogue the request was read against; the search reuses it rather than load it again.</summary>
    public EntityCatalogue.Snapshot? Catalogue { get; init; }

    /// <summary>Nothing to look for: neither words nor filters (excluded words alone do not count).</summary>
    public bool IsEmpty => !Query.HasPositiveTerms && Filters.Count == 0;
}

public sealed record SearchHit(int Id, string Slug, string Title, string Summary, string? Source, DateTime PublishedAt)
{
    /// <summary>HTML: the title with matched words in &lt;mark&gt;, everything else escaped.</summary>
    public string TitleHtml { get; init; } = "";

    /// <summary>HTML: a passage with matched words in &lt;mark&gt;, everything else escaped.</summary>
    public string SnippetHtml { get; init; } = "";

    public IReadOnlyList<EntityChip> Entities { get; init; } = [];
}

public sealed record FacetCount(CatalogueEntity Entity, int Count);

public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits)
{
    /// <summary>Top entities per kind among all the matches, most frequent first.</summary>
    public IReadOnlyDictionary<EntityKind, IReadOnlyList<FacetCount>> Facets { get; init; } = new Dictionary<EntityKind, IReadOnlyList<FacetCount>>();

    public static SearchResults Empty { get; } = new(0, []);
}
