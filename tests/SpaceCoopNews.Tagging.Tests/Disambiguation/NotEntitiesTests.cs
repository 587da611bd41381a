namespace SpaceCoopNews.Tagging.Tests.Disambiguation;

public class NotEntitiesTests
{
    [Fact]
    public void Planets_and_the_Moon_are_not_entities() =>
        Assert.Empty(TestCatalogue.Slugs("Mars and the Moon were bright; Venus and Saturn too."));

    [Fact]
    public void News_agencies_are_not_entities() =>
        Assert.Empty(TestCatalogue.Slugs("MOSCOW (Sputnik) - the Russian TASS news agency reported."));

    [Fact]
    public void Launch_sites_and_centres_do_not_link_their_words() =>
        Assert.DoesNotContain("sergei-krikalev", TestCatalogue.Slugs("Flights left from the Kennedy Space Center and Baikonur Cosmodrome."));

    [Theory]
    [InlineData("the Russian space agency Roskosmos said", "roscosmos")]
    [InlineData("officials of the American space agency said", "nasa")]
    [InlineData("In 1993 the Russian Space Agency was founded", "roscosmos")]
    [InlineData("RKA officials said", "roscosmos")]
    public void Descriptions_and_historical_names_map_to_todays_agency(string text, string slug) =>
        Assert.Contains(slug, TestCatalogue.Slugs(text));
}
