namespace SpaceCoopNews.Web.Import.Deduplication;

/// <summary>
/// The form of a story link used to spot the same story twice: scheme and host lowercased, default
/// port and fragment dropped, tracking parameters removed, remaining parameters sorted.
/// </summary>
public static class CanonicalUrl
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "twclid", "ttclid", "li_fat_id",
        "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id",
        "rb_clickid", "s_cid", "ncid", "cmpid", "ref_src", "ref_url", "spm",
    };

    public static string From(Uri link)
    {
        var parameters = link.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p[..(p.IndexOf('=') is var eq and >= 0 ? eq : p.Length)]))
            .Order(StringComparer.Ordinal)
            .ToList();
        var port = link.IsDefaultPort ? "" : ":" + link.Port;
        var query = parameters.Count == 0 ? "" : "?" + string.Join('&', parameters);
        return $"{link.Scheme.ToLowerInvariant()}://{link.IdnHost.ToLowerInvariant()}{port}{link.AbsolutePath}{query}";
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
}
