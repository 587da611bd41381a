namespace SpaceCoopNews.Web.Seo;

/// <summary>Absolute URLs for feeds, sitemaps and share metadata, built from the request's scheme and host.</summary>
public static class SiteUrls
{
    public static string Origin(this HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    public static string Absolute(this HttpRequest request, string path) => request.Origin() + path;

    /// <summary>A stored UTC time as RFC 3339 ("2017-06-01T09:30:00Z").</summary>
    public static string Rfc3339(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
