using System.Text.RegularExpressions;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Search;

/// <summary>
/// The passage under each result (Search/Passage): the stretch of the body with the most query
/// terms, cut with "…", every match in it marked; the summary's when only the summary matches.
/// </summary>
public class PassageTests(PassageCorpus app) : IClassFixture<PassageCorpus>
{
    [Fact]
    public async Task The_passage_is_the_stretch_holding_both_words_cut_at_both_ends()
    {
        var snippet = await SnippetAsync("q=gyrotron+magnetron");

        Assert.Contains("<mark>gyrotron</mark> test passed and the <mark>magnetron</mark> stayed cool", snippet);
        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.DoesNotContain("Opening", snippet);
        Assert.True(Words(snippet) <= 32, snippet);
    }

    [Fact]
    public async Task A_match_near_the_start_shows_the_start_without_an_ellipsis()
    {
        var snippet = await SnippetAsync("q=opening");

        Assert.StartsWith("<mark>Opening</mark> sentence of the story.", snippet);
        Assert.EndsWith("…", snippet);
    }

    [Fact]
    public async Task A_phrase_is_marked_as_one_and_a_short_body_is_shown_whole()
    {
        var snippet = await SnippetAsync("q=%22plasma+torch%22");

        Assert.Equal("Engineers lit the <mark>plasma torch</mark> twice, then a plasma lamp.", snippet);
    }

    [Fact]
    public async Task Words_matched_only_in_the_summary_show_the_summary()
    {
        var snippet = await SnippetAsync("q=tachyon");

        Assert.Equal("A <mark>tachyon</mark> detector is proposed.", snippet);
    }

    [Fact]
    public async Task Stemmed_and_folded_forms_are_marked_as_written()
    {
        var snippet = await SnippetAsync("q=cryocooler");

        Assert.Contains("<mark>Cryocoolers</mark> and one <mark>cryocooler</mark>", snippet);
    }

    private async Task<string> SnippetAsync(string query)
    {
        var html = await app.CreateClient().GetStringAsync("/search?" + query);
        var snippets = Regex.Matches(html, "<p class=\"snippet\">(.*?)</p>", RegexOptions.Singleline);
        Assert.Single(snippets);
        return snippets[0].Groups[1].Value;
    }

    private static int Words(string snippet) =>
        Regex.Matches(Regex.Replace(snippet, "</?mark>", ""), @"\w+").Count;
}

public sealed class PassageCorpus : SearchAppFactory, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        static string Filler(string prefix, int words) => string.Join(' ', Enumerable.Range(0, words).Select(i => $"{prefix}{i}"));
        var day = new DateTime(2021, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        await AddArticleAsync("long-body", "Lab notes", "Opening sentence of the story. A first gyrotron. " + Filler("fa", 80) +
            " The gyrotron test passed and the magnetron stayed cool. " + Filler("fb", 80) + " Another gyrotron. " + Filler("fc", 80) +
            " A magnetron again. " + Filler("fd", 80), day);
        await AddArticleAsync("short-body", "Workshop", "Engineers lit the plasma torch twice, then a plasma lamp.", day);
        await AddArticleAsync("summary-only", "Proposals", "Nothing of note in the body.", day, summary: "A tachyon detector is proposed.");
        await AddArticleAsync("forms", "Cooling", "Cryocoolers and one cryocooler were tested.", day);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
