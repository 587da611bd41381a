using SpaceCoopNews.Web.Import.Deduplication;
using SpaceCoopNews.Web.Import.Parsing;

namespace SpaceCoopNews.Web.Tests.Import;

public class CanonicalUrlTests
{
    [Theory]
    [InlineData("HTTPS://News.Example.COM/a/B?utm_source=x&id=2&fbclid=y&a=1#frag", "https://news.example.com/a/B?a=1&id=2")]
    [InlineData("http://news.example:80/story?gclid=1&utm_medium=rss", "http://news.example/story")]
    [InlineData("https://news.example:8443/story", "https://news.example:8443/story")]
    [InlineData("https://news.example", "https://news.example/")]
    public void Tracking_parameters_fragment_host_case_and_default_port_are_dropped(string link, string expected)
    {
        Assert.Equal(expected, CanonicalUrl.From(new Uri(link)));
    }

    [Theory]
    [InlineData("https://base.example/news/", "/a", "https://base.example/a")]
    [InlineData("https://base.example/news/", "b?x=1", "https://base.example/news/b?x=1")]
    [InlineData("https://base.example/news/", "//cdn.example/c", "https://cdn.example/c")]
    [InlineData(null, "https://abs.example/d", "https://abs.example/d")]
    public void Relative_links_resolve_against_the_base(string? baseUri, string link, string expected)
    {
        Assert.Equal(expected, FeedLinks.ResolveHttp(baseUri is null ? null : new Uri(baseUri), link, out _)?.AbsoluteUri);
    }

    [Theory]
    [InlineData("https://base.example/", "javascript:alert(1)")]
    [InlineData("https://base.example/", "JaVaScRiPt:alert(1)")]
    [InlineData("https://base.example/", "data:text/html,<script>alert(1)</script>")]
    [InlineData("https://base.example/", "file:///etc/passwd")]
    [InlineData("javascript:alert(1)//", "story")]
    [InlineData(null, "/relative/without/base")]
    public void Only_http_and_https_links_are_accepted(string? baseUri, string link)
    {
        Assert.Null(FeedLinks.ResolveHttp(baseUri is null ? null : new Uri(baseUri), link, out var error));
        Assert.NotNull(error);
    }
}
