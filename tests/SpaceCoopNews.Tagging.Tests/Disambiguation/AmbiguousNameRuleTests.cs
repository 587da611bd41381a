namespace SpaceCoopNews.Tagging.Tests.Disambiguation;

public class AmbiguousNameRuleTests
{
    [Fact]
    public void Ambiguous_name_without_spaceflight_context_does_not_link() =>
        Assert.Empty(TestCatalogue.Slugs("Discovery shares rose after the merger. Progress was slow in the talks."));

    [Fact]
    public void Ambiguous_name_links_with_spaceflight_context()
    {
        var link = TestCatalogue.Link("The orbiter Discovery rolled to the pad.", "space-shuttle-discovery");
        Assert.NotNull(link);
        Assert.Contains("orbiter", link.Evidence);
    }

    [Fact]
    public void Shared_name_goes_to_the_entity_the_story_relates_to()
    {
        var slugs = TestCatalogue.Slugs(
            "Demo-2 ended when the Crew Dragon spacecraft Endeavour splashed down. The crew named Endeavour after the Space Shuttle they first flew.");
        Assert.Contains("crew-dragon-endeavour", slugs);
        Assert.DoesNotContain("space-shuttle-endeavour", slugs);
    }

    [Fact]
    public void Lower_case_station_name_links_with_lunar_orbit_context() =>
        Assert.Contains("lunar-gateway", TestCatalogue.Slugs("NASA and Roscosmos plan to build a gateway in lunar orbit."));

    [Fact]
    public void Lower_case_common_word_does_not_link() =>
        Assert.DoesNotContain("space-shuttle-discovery", TestCatalogue.Slugs("The discovery was made aboard the space shuttle."));

    [Fact]
    public void Unambiguous_alias_makes_later_ambiguous_mentions_link()
    {
        var link = TestCatalogue.Link("The Mir space station was deorbited. Mir had hosted many crews.", "mir");
        Assert.NotNull(link);
        Assert.Equal(2, link.Mentions.Count);
    }

    [Fact]
    public void Generic_spaceflight_word_is_not_enough_context() =>
        Assert.Empty(TestCatalogue.Slugs("The new mission will be called Discovery, the launch team said."));

    [Fact]
    public void Rover_name_links_with_rover_context() =>
        Assert.Contains("perseverance", TestCatalogue.Slugs("Perseverance drove to the crater rim on Tuesday."));
}
