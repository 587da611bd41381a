namespace SpaceCoopNews.Web.Tests.Import;

/// <summary>Item HTML nested absurdly deep is rejected before any HTML parser sees it; the rest of the feed imports.</summary>
public class NestedHtmlTests(ImportAppFactory app) : IClassFixture<ImportAppFactory>
{
    [Fact]
    public async Task Deeply_nested_item_html_is_rejected_and_the_other_items_still_import()
    {
        var nested = string.Concat(Enumerable.Repeat("<div><b>", 20_000)) + "core" + string.Concat(Enumerable.Repeat("</b></div>", 20_000));
        var feed = Rss.Feed(
            $"<item><title>Nested</title><link>https://nested.example/1</link><pubDate>Mon, 01 Apr 2024 10:00:00 GMT</pubDate><description><![CDATA[{nested}]]></description></item>",
            Rss.Item("Plain neighbour", "https://nested.example/2", "Mon, 01 Apr 2024 11:00:00 GMT"));

        var summary = await app.ImportAsync(feed);

        Assert.Equal((1, 1), (summary.New, summary.Rejected));
        Assert.Contains("item 1: its HTML nests deeper than 256 levels", summary.Rejections);
        Assert.Contains(app.Articles(), a => a.Title == "Plain neighbour");
    }

    [Fact]
    public async Task Moderately_nested_html_past_the_converter_floor_keeps_its_text()
    {
        var nested = string.Concat(Enumerable.Repeat("<div><span>", 100)) + "deep core words" + string.Concat(Enumerable.Repeat("</span></div>", 100));

        await app.ImportAsync(Rss.Feed(Rss.Item("Moderately nested", "https://nested.example/3", "Mon, 01 Apr 2024 12:00:00 GMT", System.Net.WebUtility.HtmlEncode(nested))));

        Assert.Contains("deep core words", app.Articles().Single(a => a.Title == "Moderately nested").BodyHtml);
    }
}
