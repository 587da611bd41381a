namespace SpaceCoopNews.Tagging.Tests.Disambiguation;

public class SurnameRuleTests
{
    [Fact]
    public void Surname_links_only_after_full_name()
    {
        var link = TestCatalogue.Link("Ronald Sega spoke. Later Sega added that cooperation works.", "ronald-sega");
        Assert.NotNull(link);
        Assert.Equal(2, link.Mentions.Count);
        Assert.Equal("Sega", link.Mentions[1].Text);
    }

    [Fact]
    public void Surname_alone_does_not_link()
    {
        Assert.Empty(TestCatalogue.Slugs("Sega gave fans a teaser for the next Sonic game."));
    }

    [Fact]
    public void Surname_links_with_a_person_word_next_to_it()
    {
        var link = TestCatalogue.Link("Veteran cosmonaut Krikalev said the station is safe.", "sergei-krikalev");
        Assert.NotNull(link);
        Assert.Contains("cosmonaut", link.Evidence);
        Assert.True(link.Confidence < 0.9);
    }

    [Fact]
    public void Surname_links_when_a_mission_the_person_flew_is_named()
    {
        var link = TestCatalogue.Link("STS-60\n\nCrew: Bolden, Sega, Krikalev", "charles-bolden");
        Assert.NotNull(link);
        Assert.Contains("STS-60", link.Evidence);
    }

    [Fact]
    public void Shared_surname_goes_to_the_person_named_in_full()
    {
        var slugs = TestCatalogue.Slugs("Suni Williams commanded the station. Williams said it went well.");
        Assert.Contains("sunita-williams", slugs);
        Assert.DoesNotContain("jeff-williams", slugs);
    }

    [Fact]
    public void Chinese_family_names_are_not_used_alone() =>
        Assert.Empty(TestCatalogue.Slugs("Chen said the astronaut programme is on track."));
}
