namespace SpaceCoopNews.Tagging.Tests.Matching;

public class MatcherTests
{
    [Fact]
    public void Acronyms_match_only_in_capitals()
    {
        Assert.Contains("esa", TestCatalogue.Slugs("ESA said the launch slipped."));
        Assert.DoesNotContain("esa", TestCatalogue.Slugs("The esa cat sat."));
        Assert.DoesNotContain("iss", TestCatalogue.Slugs("He will miss the Iss meeting."));
    }

    [Fact]
    public void Multi_word_names_match_in_any_case() =>
        Assert.Contains("esa", TestCatalogue.Slugs("the european space agency said"));

    [Fact]
    public void Names_match_only_on_word_boundaries() =>
        Assert.DoesNotContain("nasa", TestCatalogue.Slugs("NASAL spray and XNASA"));

    [Fact]
    public void Possessives_match()
    {
        var link = TestCatalogue.Link("NASA’s budget and ISS' orbit", "nasa");
        Assert.NotNull(link);
        Assert.Equal("NASA", link.Mentions[0].Text);
        Assert.Contains("iss", TestCatalogue.Slugs("NASA’s budget and ISS' orbit"));
    }

    [Theory]
    [InlineData("Soyuz MS-25 docked.")]
    [InlineData("Soyuz MS 25 docked.")]
    [InlineData("Soyuz MS–25 docked.")]
    [InlineData("Soyuz MS25 docked.")]
    public void Dash_and_space_variants_match(string text) => Assert.Contains("soyuz-ms-25", TestCatalogue.Slugs(text));

    [Theory]
    [InlineData("Hayabusa 2 returned.")]
    [InlineData("Hayabusa-2 returned.")]
    [InlineData("Apollo-Soyuz was a joint flight.")]
    [InlineData("Apollo Soyuz was a joint flight.")]
    public void Letter_digit_and_dash_variants_match(string text) =>
        Assert.NotEmpty(TestCatalogue.Tag(text).Entities);

    [Fact]
    public void Longest_match_wins()
    {
        var slugs = TestCatalogue.Slugs("Space Shuttle Discovery rolled out.");
        Assert.Contains("space-shuttle-discovery", slugs);
        Assert.DoesNotContain("space-shuttle-programme", slugs);
    }

    [Fact]
    public void Text_inside_markdown_link_targets_and_code_is_not_matched()
    {
        var slugs = TestCatalogue.Slugs("Read [the story](https://example.com/NASA/ESA) or `ISS` <https://www.roscosmos.ru/RKA>");
        Assert.Empty(slugs);
    }

    [Fact]
    public void Misencoded_and_accented_names_match()
    {
        Assert.Contains("franklin-chang-diaz", TestCatalogue.Slugs("Franklin Chang-DÃ­az flew seven times."));
        Assert.Contains("franklin-chang-diaz", TestCatalogue.Slugs("Franklin Chang-Díaz flew seven times."));
    }

    [Fact]
    public void Names_split_by_hyphenation_match() =>
        Assert.Contains("sergei-krikalev", TestCatalogue.Slugs("cosmonaut Sergei Krika-\nlev said"));

    [Fact]
    public void Agency_name_inside_a_longer_name_still_links()
    {
        var slugs = TestCatalogue.Slugs("NASA's Perseverance rover drilled a new core.");
        Assert.Contains("perseverance", slugs);
        Assert.Contains("nasa", slugs);
    }

    [Theory]
    [InlineData("A rover on the plains. Credit: NASA/JPL-Caltech")]
    [InlineData("The crater rim (Image courtesy of ESA) is steep.")]
    [InlineData("Photo: NASA/Bill Ingalls\nThe sky was clear.")]
    public void Photo_credits_are_not_matched(string text) => Assert.Empty(TestCatalogue.Slugs(text));

    [Theory]
    [InlineData("Sergei Krikalyev said the station is safe.")]
    [InlineData("Sergie Krikalev said the station is safe.")]
    public void Full_name_with_one_spelling_slip_links_with_lower_confidence(string text)
    {
        var link = TestCatalogue.Link(text, "sergei-krikalev");
        Assert.NotNull(link);
        Assert.True(link.Confidence < 0.9);
        Assert.Contains("one letter from Sergei Krikalev", link.Evidence);
    }

    [Theory]
    [InlineData("Sergei Petrov said the station is safe.")]
    [InlineData("Jeff Willis said the station is safe.")]
    public void Names_two_slips_away_or_with_short_words_do_not_link(string text) =>
        Assert.Empty(TestCatalogue.Slugs(text));
}
