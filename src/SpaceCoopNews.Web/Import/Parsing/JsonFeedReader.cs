using System.Text.Json;

namespace SpaceCoopNews.Web.Import.Parsing;

/// <summary>JSON Feed 1.0/1.1: items with url, title, content_html/text, summary, date_published, authors.</summary>
internal static class JsonFeedReader
{
    public static RawFeed Read(byte[] body, Uri? documentUri, int maxDepth)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new FeedRejectedException($"The feed is not valid JSON (line {ex.LineNumber + 1}): {ex.Message}", ex);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || Text(root, "version") is not { } version
                || !version.StartsWith("https://jsonfeed.org/version/", StringComparison.Ordinal))
            {
                throw new FeedRejectedException("The JSON has no \"version\" of https://jsonfeed.org/version/..., so it is not a JSON Feed.");
            }
            if (!root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                throw new FeedRejectedException("The JSON Feed has no \"items\" array.");
            }
            var fallbackBase = documentUri ?? FeedLinks.ResolveHttp(null, Text(root, "home_page_url"), out _);
            var feedAuthor = AuthorOf(root);
            var raw = new List<RawItem>();
            var position = 0;
            foreach (var item in items.EnumerateArray())
            {
                position++;
                if (item.ValueKind != JsonValueKind.Object)
                {
                    raw.Add(new RawItem { Position = position });
                    continue;
                }
                var html = Text(item, "content_html");
                raw.Add(new RawItem
                {
                    Position = position,
                    Title = Text(item, "title"),
                    Link = Text(item, "url") ?? Text(item, "external_url") ?? HttpId(item),
                    LinkBase = fallbackBase,
                    Date = Text(item, "date_published") ?? Text(item, "date_modified"),
                    Summary = Text(item, "summary"),
                    Content = html ?? Text(item, "content_text"),
                    ContentIsHtml = html is not null,
                    Author = AuthorOf(item) ?? feedAuthor,
                });
            }
            return new RawFeed("JSON Feed", Text(root, "title"), raw);
        }
    }

    private static string? HttpId(JsonElement item) =>
        Text(item, "id") is { } id && (id.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || id.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) ? id : null;

    private static string? AuthorOf(JsonElement element)
    {
        if (element.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            foreach (var author in authors.EnumerateArray())
            {
                if (author.ValueKind == JsonValueKind.Object && Text(author, "name") is { } name)
                {
                    return name;
                }
            }
        }
        return element.TryGetProperty("author", out var single) && single.ValueKind == JsonValueKind.Object ? Text(single, "name") : null;
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;
}
