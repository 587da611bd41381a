namespace SpaceCoopNews.Web.Import.Parsing;

/// <summary>A feed as read, before cleaning: values are the source's own text, nothing trusted yet.</summary>
public sealed record RawFeed(string Format, string? Title, IReadOnlyList<RawItem> Items);

/// <summary>One item as read. Links are resolved later against <see cref="LinkBase"/>; titles and summaries are always read as HTML-ish text, since real feeds put entities in all of them.</summary>
public sealed record RawItem
{
    public required int Position { get; init; }
    public string? Title { get; init; }
    public string? Link { get; init; }
    public Uri? LinkBase { get; init; }
    public string? Date { get; init; }
    public string? Summary { get; init; }
    public string? Content { get; init; }
    public bool ContentIsHtml { get; init; } = true;
    public string? Author { get; init; }
}
