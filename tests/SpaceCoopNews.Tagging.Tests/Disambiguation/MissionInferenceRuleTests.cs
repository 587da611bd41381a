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

    [Fact]
    public void Launch_date_and_launch_crew_single_out_the_flight()
    {
        var link = TestCatalogue.Link(
            "NASA astronaut Frank Rubio and cosmonauts Sergei Prokopyev and Dmitry Petelin blasted off on a Soyuz rocket on September 21.",
            "soyuz-ms-22");
        Assert.NotNull(link);
        Assert.Contains("09-21", link.Evidence);
    }

    [Fact]
    public void No_flight_is_inferred_when_the_story_names_the_crews_flight() =>
        Assert.DoesNotContain("soyuz-ms-23", TestCatalogue.Slugs(
            "Frank Rubio, Sergei Prokopyev and Dmitry Petelin flew Soyuz MS-22; their Soyuz capsule leaked."));
}
