namespace SpaceCoopNews.Tagging.Tests;

public class TaggerOutputTests
{
    [Fact]
    public void Link_carries_kind_name_aliases_confidence_and_evidence()
    {
        var link = TestCatalogue.Link("Ronald Sega spoke.", "ronald-sega");
        Assert.NotNull(link);
        Assert.Equal(EntityKind.Person, link.Kind);
        Assert.Equal("Ronald Sega", link.Name);
        Assert.Contains("Ron Sega", link.Aliases);
        Assert.InRange(link.Confidence, 0.9, 1.0);
        Assert.Equal("full name in body", link.Evidence);
    }

    [Fact]
    public void Mentions_give_field_and_offsets_into_the_original_text()
    {
        const string title = "NASA’s news";
        const string body = "Itâ€™s official: NASA and ESA agree.";
        var nasa = TestCatalogue.Tagger.Tag(title, "Summary about ESA", body).Entities.Single(e => e.Slug == "nasa");
        Assert.Equal(2, nasa.Mentions.Count);
        Assert.Equal(new Mention("title", 0, 4, "NASA"), nasa.Mentions[0]);
        var inBody = nasa.Mentions[1];
        Assert.Equal("body", inBody.Field);
        Assert.Equal("NASA", body.Substring(inBody.Start, inBody.Length));
        var esa = TestCatalogue.Tagger.Tag(title, "Summary about ESA", body).Entities.Single(e => e.Slug == "esa");
        Assert.Contains(esa.Mentions, m => m.Field == "summary");
    }

    [Fact]
    public void Empty_story_links_nothing() => Assert.Empty(TestCatalogue.Tagger.Tag("", null, "").Entities);

    [Fact]
    public void Tagger_is_safe_to_share_between_threads()
    {
        var results = Enumerable.Range(0, 64).AsParallel()
            .Select(_ => TestCatalogue.Slugs("Ronald Sega and NASA, with Sega again."))
            .ToList();
        Assert.All(results, slugs => Assert.Equal(["nasa", "ronald-sega"], slugs));
    }
}
