using System.Globalization;
using System.Reflection;

namespace SpaceCoopNews.Web.Seed;

/// <summary>A sample story shipped with the app: a Markdown file with a small header block.</summary>
public sealed record SeedArticle(string Slug, string Title, string Summary, string Source, string Author, DateTime PublishedAt, string Body)
{
    private const string ResourcePrefix = "SpaceCoopNews.Web.Seed.articles.";

    public static IReadOnlyList<SeedArticle> LoadEmbedded()
    {
        var assembly = typeof(SeedArticle).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Parse(Read(assembly, n)))
            .ToList();
    }

    /// <summary>Header lines "key: value" between two "---" lines, then the Markdown body.</summary>
    public static SeedArticle Parse(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines[0] != "---")
        {
            throw new FormatException("A seed story starts with a '---' header line.");
        }
        var end = Array.IndexOf(lines, "---", 1);
        if (end < 0)
        {
            throw new FormatException("A seed story's header ends with a '---' line.");
        }
        var header = lines[1..end]
            .Select(l => l.Split(':', 2))
            .ToDictionary(p => p[0].Trim(), p => p.Length > 1 ? p[1].Trim() : "");
        var title = header["title"];
        return new SeedArticle(
            header.GetValueOrDefault("slug") ?? Articles.Slug.From(title),
            title,
            header.GetValueOrDefault("summary") ?? "",
            header.GetValueOrDefault("source") ?? "SpaceCoopNews",
            header.GetValueOrDefault("author") ?? "SpaceCoopNews staff",
            DateTime.Parse(header["published"], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            string.Join('\n', lines[(end + 1)..]).Trim());
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
