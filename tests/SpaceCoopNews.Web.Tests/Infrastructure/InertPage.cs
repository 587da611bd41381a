using AngleSharp.Html.Parser;

namespace SpaceCoopNews.Web.Tests.Infrastructure;

/// <summary>
/// Whole-page version of InertHtml: the layout's own forms, links and scripts are allowed, but
/// nothing that stored text could have injected (handlers, script URLs, frames, styles, refreshes).
/// </summary>
public static class InertPage
{
    private static readonly string[] ForbiddenElements = ["iframe", "frame", "object", "embed", "style", "base", "svg", "math", "applet"];
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset"];

    /// <summary>The app's own drawings (the logo, the mentions chart); their attributes are still checked below.</summary>
    private static bool IsAppDrawing(AngleSharp.Dom.IElement element) =>
        element.LocalName == "svg" && (element.ClassList.Contains("brand-mark") || element.ClassList.Contains("mention-chart"));

    public static void AssertInert(string html, string context)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.All)
        {
            var tag = element.LocalName;
            Assert.False(ForbiddenElements.Contains(tag) && !IsAppDrawing(element), $"{context}: <{tag}> was rendered");
            if (tag == "script" && element.GetAttribute("type") == "application/ld+json")
            {
                // Structured data is allowed when stored text cannot close the element or break the JSON.
                Assert.DoesNotContain("<", element.TextContent);
                System.Text.Json.JsonDocument.Parse(element.TextContent).Dispose();
            }
            else if (tag == "script")
            {
                Assert.True(element.GetAttribute("src")?.StartsWith("/js/", StringComparison.Ordinal) == true && element.TextContent.Trim().Length == 0,
                    $"{context}: a script other than the app's own files was rendered");
            }
            if (tag == "meta")
            {
                Assert.False(element.HasAttribute("http-equiv"), $"{context}: <meta http-equiv> was rendered");
            }
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{context}: event handler {attribute.Name} on <{tag}>");
                Assert.False(attribute.Name == "style", $"{context}: style attribute on <{tag}>");
                if (UrlAttributes.Contains(attribute.Name))
                {
                    var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
                    var scheme = value.Contains(':') ? value[..value.IndexOf(':')] : "";
                    var relative = scheme.Length == 0 || value.IndexOfAny(['/', '?', '#']) is var slash and >= 0 && slash < value.IndexOf(':');
                    Assert.True(relative || scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
                        || scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase), $"{context}: {attribute.Name}=\"{attribute.Value}\" on <{tag}>");
                }
            }
        }
    }
}
