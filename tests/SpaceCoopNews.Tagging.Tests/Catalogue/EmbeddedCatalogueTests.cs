using Xunit.Abstractions;

namespace SpaceCoopNews.Tagging.Tests;

public class EmbeddedCatalogueTests(ITestOutputHelper output)
{
    private static readonly Catalogue Seed = Catalogue.LoadEmbedded();

    [Fact]
    public void Catalogue_has_enough_agencies_missions_and_people()
    {
        Assert.True(Seed.Entities.Count(e => e.Kind == EntityKind.Agency) >= 35);
        Assert.True(Seed.Entities.Count(e => e.Kind == EntityKind.Mission) >= 110);
        Assert.True(Seed.Entities.Count(e => e.Kind == EntityKind.Person) >= 110);
    }

    [Fact]
    public void Slugs_are_unique_and_url_safe()
    {
        Assert.Equal(Seed.Entities.Count, Seed.Entities.Select(e => e.Slug).Distinct().Count());
        Assert.All(Seed.Entities, e => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", e.Slug));
    }

    // The seed still names crew and flights that have no entry of their own; the tagger ignores
    // such references, and this test lists them so the catalogue's owners can close the gaps.
    [Fact]
    public void Unresolved_references_are_reported_with_their_source()
    {
        var unresolved = Seed.UnresolvedReferences();
        foreach (var reference in unresolved) output.WriteLine(reference);
        Assert.All(unresolved, r => Assert.NotNull(Seed.Find(r.Split(" → ")[0])));
    }

    [Fact]
    public void No_alias_is_a_bare_surname_of_the_same_person()
    {
        var bare = Seed.Entities
            .Where(e => e.Kind == EntityKind.Person && (e.Aliases ?? []).Any(a => !a.Contains(' ') && e.Name.EndsWith(" " + a, StringComparison.Ordinal)))
            .Select(e => e.Slug);
        Assert.Empty(bare);
    }

    [Fact]
    public void Version_is_a_sha256_of_the_seed_and_stable() =>
        Assert.Equal(Seed.Version, Catalogue.LoadEmbedded().Version);

    [Fact]
    public void Find_returns_entities_by_slug()
    {
        Assert.Equal("NASA", Seed.Find("nasa")?.Name);
        Assert.Null(Seed.Find("no-such-entity"));
    }
}
