using AngleSharp.Html.Parser;

namespace SpaceCoopNews.Web.Tests.Infrastructure;

/// <summary>Parses HTML as a browser would and fails on anything that could run script or hijack the page.</summary>
public static class InertHtml
{
    private static readonly string[] ForbiddenElements = ["script", "iframe", "frame", "object", "embed", "form", "input", "button", "style", "link", "meta", "base", "svg", "math"];

    public static void AssertInert(string html)
    {
        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            var tag = element.LocalName;
            Assert.False(ForbiddenElements.Contains(tag), $"<{tag}> must not be rendered");
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler {attribute.Name} on <{tag}>");
                Assert.NotEqual("style", attribute.Name);
                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href")
                {
                    var value = attribute.Value.Trim();
                    var safe = value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                        || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                        || value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
                        || value.StartsWith('/') || value.StartsWith('#') || !value.Contains(':');
                    Assert.True(safe, $"{attribute.Name}=\"{value}\" on <{tag}> has an unsafe scheme");
                }
            }
        }
    }
}
