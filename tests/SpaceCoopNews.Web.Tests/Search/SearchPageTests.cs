using System.Net;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Search;

public class SearchPageTests(SearchCorpus app) : IClassFixture<SearchCorpus>
{
    [Fact]
    public async Task A_title_hit_ranks_above_a_newer_body_hit()
    {
        var slugs = SearchCorpus.Slugs(await app.PageAsync("q=perseverance"));

        Assert.Equal(["perseverance-title", "perseverance-body"], slugs);
    }

    [Fact]
    public async Task A_quoted_phrase_needs_the_words_together()
    {
        var slugs = SearchCorpus.Slugs(await app.PageAsync("q=%22space+station%22"));

        Assert.Contains("phrase-exact", slugs);
        Assert.DoesNotContain("phrase-apart", slugs);
    }

    [Fact]
    public async Task Every_story_with_a_phrase_is_found_and_every_hit_on_the_page_is_marked()
    {
        var api = await app.ApiAsync("/api/v1/articles?limit=100&q=%22quasar+report%22");
        var html = await app.PageAsync("q=%22quasar+report%22");

        Assert.Equal(45, api.GetProperty("count").GetInt32());
        Assert.Equal(45, SearchCorpus.ApiSlugs(api).Distinct().Count());
        Assert.Equal(20, System.Text.RegularExpressions.Regex.Matches(html, "<mark>Quasar report</mark> \\d\\d").Count);
    }

    [Fact]
    public async Task A_prefix_matches_longer_words()
    {
        var slugs = SearchCorpus.Slugs(await app.PageAsync("q=cosmo*"));

        Assert.Contains("prefix-cosmodrome", slugs);
        Assert.Contains("sts-60", slugs);
    }

    [Fact]
    public async Task A_prefix_marks_the_words_it_matched()
    {
        var html = await app.PageAsync("q=cosmo*");

        Assert.Contains("Baikonur <mark>cosmodrome</mark> upgrade", html);
        Assert.Contains("<mark>cosmonaut</mark>", html);
    }

    [Fact]
    public async Task A_prefix_is_stemmed_and_folded_as_the_stories_are()
    {
        // "launches" is held as "launch", and "françois" as "francois", in the index.
        Assert.Contains("stemming-launched", SearchCorpus.Slugs(await app.PageAsync("q=launches*")));
        Assert.Equal(["diacritics"], SearchCorpus.Slugs(await app.PageAsync("q=Fran%C3%A7o*")));
    }

    [Fact]
    public async Task A_prefix_after_a_hyphen_needs_the_word_before_it()
    {
        var slugs = SearchCorpus.Slugs(await app.PageAsync("q=Baikonur-cosmo*"));

        Assert.Equal(["prefix-cosmodrome"], slugs);
    }

    [Fact]
    public async Task A_prefix_of_very_many_words_still_finds_them_all()
    {
        var slugs = SearchCorpus.Slugs(await app.PageAsync("q=xylo*"));

        Assert.Equal(["prefix-many-other", "prefix-many-words"], slugs.Order());
    }

    [Fact]
    public async Task An_excluded_prefix_removes_stories()
    {
        var slugs = SearchCorpus.Slugs(await app.PageAsync("q=mars+-rov*"));

        Assert.Contains("exomars-tgo", slugs);
        Assert.DoesNotContain("exomars-rover", slugs);
    }

    [Fact]
    public async Task Stemming_matches_other_forms_of_a_word()
    {
        Assert.Contains("stemming-launched", SearchCorpus.Slugs(await app.PageAsync("q=launches")));
        Assert.Contains("stemming-launched", SearchCorpus.Slugs(await app.PageAsync("q=launching")));
    }

    [Theory]
    [InlineData("francois")]
    [InlineData("Fran%C3%A7ois")]
    [InlineData("FRANCOIS")]
    public async Task Diacritics_and_case_do_not_matter(string word)
    {
        Assert.Equal(["diacritics"], SearchCorpus.Slugs(await app.PageAsync("q=" + word)));
    }

    [Fact]
    public async Task An_excluded_word_removes_stories()
    {
        var slugs = SearchCorpus.Slugs(await app.PageAsync("q=mars+-rover"));

        Assert.Contains("exomars-tgo", slugs);
        Assert.Contains("nasa-mars", slugs);
        Assert.DoesNotContain("exomars-rover", slugs);
    }

    [Fact]
    public async Task Matched_words_are_highlighted_and_everything_else_is_escaped()
    {
        var html = await app.PageAsync("q=zapword");

        Assert.Contains("<mark>zapword</mark>", html);
        Assert.Contains("&lt;b&gt;in&lt;/b&gt;", html);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        var start = html.IndexOf("search-results", StringComparison.Ordinal);
        InertHtml.AssertInert(html[start..html.IndexOf("</ol>", start, StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task An_alias_in_the_query_ranks_the_entity_stories_first_and_says_so()
    {
        var html = await app.PageAsync("q=Russian+space+agency");
        var slugs = SearchCorpus.Slugs(html);

        Assert.Contains("Results for", html);
        Assert.Contains("the agency <a href=\"/agencies/roscosmos\">Roscosmos</a>", html);
        Assert.Contains("search the words instead", html);
        // Linked stories first, even the one that only says "Roskosmos"; the unlinked mention after them.
        var linked = new[] { "alias-roskosmos", "exomars-tgo", "sts-60", "expedition-1" };
        Assert.All(linked, s => Assert.Contains(s, slugs));
        Assert.True(slugs.IndexOf("alias-words-only") > linked.Max(s => slugs.IndexOf(s)), string.Join(", ", slugs));
        Assert.DoesNotContain("exomars-rover", slugs);
    }

    [Fact]
    public async Task Search_the_words_instead_drops_the_entity_interpretation()
    {
        var html = await app.PageAsync("q=Russian+space+agency&words=1");

        Assert.DoesNotContain("Results for", html);
        Assert.Equal("alias-words-only", SearchCorpus.Slugs(html)[0]);
    }

    [Theory]
    [InlineData("ESA", "European Space Agency", "exomars-tgo")]
    [InlineData("Krikalev", "Sergei Krikalev", "sts-60")]
    [InlineData("sergey+krikalyov", "Sergei Krikalev", "expedition-1")]
    public async Task Names_and_aliases_find_the_entity(string query, string name, string expected)
    {
        var html = await app.PageAsync("q=" + query);

        Assert.Contains($">{name}</a>", html);
        Assert.Contains(expected, SearchCorpus.Slugs(html));
    }

    [Fact]
    public async Task Filters_combine_with_and()
    {
        Assert.Equal(["exomars-rover", "exomars-tgo"], SearchCorpus.Slugs(await app.PageAsync("agency=esa&sort=newest")));
        Assert.Equal(["exomars-tgo"], SearchCorpus.Slugs(await app.PageAsync("agency=esa&agency=roscosmos")));
        Assert.Equal(["exomars-tgo"], SearchCorpus.Slugs(await app.PageAsync("q=mars&agency=roscosmos&mission=exomars")));
        Assert.Equal(["expedition-1", "sts-60"], SearchCorpus.Slugs(await app.PageAsync("person=sergei-krikalev&sort=newest")));
        Assert.Equal(["expedition-1"], SearchCorpus.Slugs(await app.PageAsync("person=sergei-krikalev&mission=iss")));
        Assert.Equal(["exomars-rover"], SearchCorpus.Slugs(await app.PageAsync("mission=exomars&from=2017-01-01")));
        Assert.Equal(["exomars-tgo"], SearchCorpus.Slugs(await app.PageAsync("mission=exomars&to=2016-10-19")));
        Assert.Equal(["exomars-tgo", "nasa-mars"], SearchCorpus.Slugs(await app.PageAsync("q=mars&from=2016-01-01&to=2019-01-01&sort=newest")).OrderBy(s => s));
    }

    [Fact]
    public async Task Rejected_links_never_match_a_filter_or_count_in_facets()
    {
        Assert.DoesNotContain("exomars-rover", SearchCorpus.Slugs(await app.PageAsync("agency=roscosmos")));

        var html = await app.PageAsync("mission=exomars");
        Assert.Matches("Roscosmos</a> <span class=\"count\">1</span>", html);
    }

    [Fact]
    public async Task Facets_count_the_current_results_and_link_to_add_the_filter()
    {
        var html = await app.PageAsync("q=mars");

        Assert.Contains("<a href=\"/search?q=mars&amp;agency=esa\">European Space Agency</a> <span class=\"count\">2</span>", html);
        Assert.Contains("<a href=\"/search?q=mars&amp;agency=nasa\">NASA</a> <span class=\"count\">1</span>", html);
        Assert.Contains("<a href=\"/search?q=mars&amp;mission=exomars\">ExoMars</a> <span class=\"count\">2</span>", html);
    }

    [Fact]
    public async Task Active_filters_show_as_removable_chips()
    {
        var html = await app.PageAsync("q=mars&agency=esa&mission=exomars");

        Assert.Contains("href=\"/search?q=mars&amp;mission=exomars\" aria-label=\"Remove filter agency European Space Agency\"", html);
        Assert.Contains("href=\"/search?q=mars&amp;agency=esa\" aria-label=\"Remove filter mission ExoMars\"", html);
    }

    [Theory]
    [InlineData("agency=nosuch", "We have no agency called “nosuch”.")]
    [InlineData("mission=nope&q=mars", "We have no mission called “nope”.")]
    [InlineData("person=nasa", "We have no person called “nasa”.")]
    [InlineData("from=2020-02-31", "Use a date such as 2016-01-31")]
    [InlineData("to=yesterday", "Use a date such as 2016-01-31")]
    [InlineData("from=2020-01-01&to=2019-01-01", "The end date is before the start date.")]
    [InlineData("q=mars&sort=best", "Sort by “relevance” or “newest”.")]
    [InlineData("q=mars&page=0", "Choose a page from 1 to 500.")]
    [InlineData("q=mars&page=abc", "Choose a page from 1 to 500.")]
    public async Task Bad_parameters_give_a_clear_message_not_an_error_page(string query, string message)
    {
        var html = await app.PageAsync(query);

        Assert.Contains(message, System.Net.WebUtility.HtmlDecode(html));
        Assert.Empty(SearchCorpus.Slugs(html));
    }

    [Fact]
    public async Task Unpublished_and_future_stories_are_never_returned()
    {
        var html = await app.PageAsync("q=zorblax");

        Assert.Empty(SearchCorpus.Slugs(html));
        Assert.Contains("No published story matches", html);
    }

    [Fact]
    public async Task Paging_is_stable_with_equal_dates()
    {
        var seen = new List<string>();
        foreach (var page in new[] { 1, 2, 3 })
        {
            seen.AddRange(SearchCorpus.Slugs(await app.PageAsync($"q=quasar&page={page}")));
        }

        Assert.Equal(45, seen.Count);
        Assert.Equal(45, seen.Distinct().Count());
        Assert.Contains("45 stories", await app.PageAsync("q=quasar"));
    }

    [Fact]
    public async Task Paging_links_keep_the_search()
    {
        var html = await app.PageAsync("q=quasar&sort=newest&page=2");

        Assert.Contains("href=\"/search?q=quasar&amp;sort=newest\"", html);
        Assert.Contains("href=\"/search?q=quasar&amp;sort=newest&amp;page=3\"", html);
        Assert.Contains("Page 2 of 3", html);
    }

    [Fact]
    public async Task An_empty_search_shows_the_form_without_results()
    {
        var response = await app.CreateClient().GetAsync("/search");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"search-q\"", await response.Content.ReadAsStringAsync());
    }
}
