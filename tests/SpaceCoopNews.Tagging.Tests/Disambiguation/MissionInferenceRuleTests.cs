namespace SpaceCoopNews.Tagging.Tests.Disambiguation;

public class MissionInferenceRuleTests
{
    private const string SegaStory =
        "As an astronaut, Ronald Sega flew with the Russian cosmonaut, Sergei Krikalev. His first space flight took place on Space Shuttle Discovery, 1994.";

    [Fact]
    public void Unnamed_flight_is_inferred_from_vehicle_year_and_crew()
    {
        var link = TestCatalogue.Link(SegaStory, "sts-60");
        Assert.NotNull(link);
        Assert.Empty(link.Mentions);
        Assert.True(link.Confidence <= 0.5);
        Assert.StartsWith("inferred: Space Shuttle Discovery + 1994", link.Evidence);
        Assert.EndsWith("→ STS-60", link.Evidence);
    }

    [Fact]
    public void No_flight_is_inferred_without_the_year() =>
        Assert.DoesNotContain("sts-60", TestCatalogue.Slugs("Sergei Krikalev flew on Space Shuttle Discovery."));

    [Fact]
    public void No_flight_is_inferred_without_the_vehicle() =>
        Assert.DoesNotContain("sts-60", TestCatalogue.Slugs("In 1994 Sergei Krikalev and Ronald Sega trained together."));
}
