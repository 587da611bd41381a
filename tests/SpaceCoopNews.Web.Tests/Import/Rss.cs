namespace SpaceCoopNews.Web.Tests.Import;

/// <summary>Small RSS documents written inline, for tests that vary one thing at a time.</summary>
internal static class Rss
{
    public static string Feed(params string[] items) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Test feed</title><link>https://feeds.example/</link>
        {string.Join("\n", items)}
        </channel></rss>
        """;

    public static string Item(string title, string link, string date, string description = "Body text.") =>
        $"<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate><description>{description}</description></item>";
}
