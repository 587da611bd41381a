using SpaceCoopNews.Web.Markdown;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Markdown;

public class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<form action=\"https://evil.example\"><input name=a></form>")]
    [InlineData("<div style=\"position:fixed;top:0\">overlay</div>")]
    [InlineData("<a href=\"https://x.example\" onclick=\"alert(1)\">x</a>")]
    [InlineData("[x](https://x.example){onclick=alert(1)}")]
    [InlineData("<svg onload=alert(1)>")]
    public void Hostile_markdown_renders_inert(string markdown)
    {
        InertHtml.AssertInert(_renderer.ToHtml(markdown));
    }

    [Fact]
    public void External_links_get_noopener_nofollow()
    {
        var html = _renderer.ToHtml("[ESA](https://www.esa.int/)");

        Assert.Contains("rel=\"noopener nofollow\"", html);
    }
}
