using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SpaceCoopNews.Web.Import.Parsing;

/// <summary>
/// Resolves feed links ourselves: xml:base chains, relative links, and only http/https accepted,
/// because neither parser library checks schemes (an xml:base of javascript: would otherwise leak through).
/// </summary>
public static partial class FeedLinks
{
    /// <summary>The base URI in force at an element: the document's, then each xml:base from the root down.</summary>
    public static Uri? BaseOf(XElement element, Uri? documentBase)
    {
        var chain = element.AncestorsAndSelf().Reverse();
        var current = documentBase;
        foreach (var node in chain)
        {
            if (node.Attribute(XNamespace.Xml + "base")?.Value is { } xmlBase)
            {
                current = Combine(current, xmlBase.Trim());
            }
        }
        return current;
    }

    /// <summary>An absolute http or https URL for a link, or null with the reason.</summary>
    public static Uri? ResolveHttp(Uri? baseUri, string? link, out string? error)
    {
        error = null;
        var text = link?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            error = "it has no link";
            return null;
        }
        var resolved = Combine(baseUri, text);
        if (resolved is null && baseUri is not null && baseUri.Scheme is not ("http" or "https") && !SchemePrefix().IsMatch(text))
        {
            error = $"its link is relative to a {baseUri.Scheme}: base, and only http and https are accepted";
            return null;
        }
        if (resolved is null)
        {
            error = $"its link '{Shorten(text)}' is relative and the feed gives no usable base";
            return null;
        }
        if (resolved.Scheme is not ("http" or "https"))
        {
            error = $"its link resolves to a {resolved.Scheme}: URL, and only http and https are accepted";
            return null;
        }
        return resolved;
    }

    private static Uri? Combine(Uri? baseUri, string value)
    {
        // A leading scheme makes a link absolute; "/path" is relative here, never a Unix file path.
        if (SchemePrefix().IsMatch(value))
        {
            return Uri.TryCreate(value, UriKind.Absolute, out var absolute) ? absolute : null;
        }
        if (baseUri is null || baseUri.Scheme is not ("http" or "https"))
        {
            return null;
        }
        return Uri.TryCreate(baseUri, value, out var relative) ? relative : null;
    }

    internal static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex SchemePrefix();
}
