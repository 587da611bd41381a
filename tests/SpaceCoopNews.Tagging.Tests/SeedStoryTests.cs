namespace SpaceCoopNews.Tagging.Tests;

/// <summary>The product's seed story (Ronald Sega on US–Russia cooperation) over the embedded catalogue.</summary>
public class SeedStoryTests
{
    private const string Body = """
        Russia and the United States are on a shared path in exploring the space and will most likely fly together and explore the planet Mars, says former astronaut, Ronald Sega. According to Sega, Russian and US are on the same path.

        As an astronaut, he also noted is his first space flight with the Russian cosmonaut, Sergei Krikalev. His first space flight took place on Space Shuttle Discovery, 1994. Sega described his first flight as an “excellent experience.”

        In September, NASA and Roscosmos are planning to build a gateway to their future space missions in the lunar orbit. Russia also intends to trace possible life forms on Mars with their European Space Agency.
        """;

    private static readonly Tagger Tagger = new(Catalogue.LoadEmbedded());

    [Fact]
    public void Seed_story_links_agencies_and_people_and_not_Mars()
    {
        var slugs = Tagger.Tag("Former astronaut Ronald Sega on US-Russia space cooperation", null, Body)
            .Entities.Select(e => e.Slug).ToList();
        Assert.Contains("nasa", slugs);
        Assert.Contains("roscosmos", slugs);
        Assert.Contains("esa", slugs);
        Assert.Contains("ronald-sega", slugs);
        Assert.Contains("sergei-krikalev", slugs);
        Assert.DoesNotContain(slugs, s => s.Contains("mars", StringComparison.Ordinal) && !s.Contains("exomars", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_story_infers_STS_60_with_lower_confidence()
    {
        var sts60 = Tagger.Tag("", null, Body).Entities.Single(e => e.Slug == "sts-60");
        Assert.True(sts60.Confidence < 0.9);
        Assert.StartsWith("inferred:", sts60.Evidence);
    }

    [Fact]
    public void Sega_the_game_maker_is_not_the_astronaut() =>
        Assert.Empty(Tagger.Tag("New Sonic game", null, "Sega gave fans a teaser for the next Sonic game.").Entities);
}
