namespace SpaceCoopNews.Tagging.Tests;

/// <summary>A small hand-made catalogue so rule tests do not change when the seed files do.</summary>
internal static class TestCatalogue
{
    public static readonly Catalogue Instance = Catalogue.Load(
    [
        Agency("nasa", "NASA", "National Aeronautics and Space Administration", "American space agency", "U.S. space agency"),
        Agency("roscosmos", "Roscosmos", "Roskosmos", "Russian Space Agency", "RKA"),
        Agency("esa", "European Space Agency", "ESA"),
        Agency("spacex", "SpaceX") with { Type = "company" },

        Mission("space-shuttle-programme", "Space Shuttle", "programme", "Space Shuttle program"),
        Mission("space-shuttle-discovery", "Space Shuttle Discovery", "spacecraft", "OV-103", "Orbiter Discovery")
            with { AmbiguousAliases = ["Discovery"], PartOf = "space-shuttle-programme" },
        Mission("space-shuttle-endeavour", "Space Shuttle Endeavour", "spacecraft")
            with { AmbiguousAliases = ["Endeavour"], PartOf = "space-shuttle-programme" },
        Mission("crew-dragon", "Crew Dragon", "spacecraft") with { Agencies = ["spacex"] },
        Mission("crew-dragon-endeavour", "Crew Dragon Endeavour", "spacecraft", "C206")
            with { AmbiguousAliases = ["Endeavour"], PartOf = "crew-dragon", Agencies = ["spacex"] },
        Mission("spacex-demo-2", "Crew Dragon Demo-2", "crewed flight", "Demo-2") with { Vehicle = "crew-dragon-endeavour" },
        Mission("sts-60", "STS-60", "crewed flight") with
        {
            Start = "1994-02-03", Vehicle = "space-shuttle-discovery", PartOf = "space-shuttle-programme",
            Crew = ["ronald-sega", "sergei-krikalev", "charles-bolden"],
        },
        Mission("sts-63", "STS-63", "crewed flight") with
        {
            Start = "1995-02-03", Vehicle = "space-shuttle-discovery", PartOf = "space-shuttle-programme", Crew = ["charles-bolden"],
        },
        Mission("sts-88", "STS-88", "crewed flight") with
        {
            Start = "1998-12-04", Vehicle = "space-shuttle-endeavour", PartOf = "space-shuttle-programme", Crew = ["sergei-krikalev"],
        },
        Mission("soyuz-ms-25", "Soyuz MS-25", "crewed flight"),
        Mission("soyuz-spacecraft", "Soyuz (spacecraft)", "spacecraft", "Soyuz capsule") with { AmbiguousAliases = ["Soyuz"] },
        Mission("soyuz-rocket", "Soyuz (rocket)", "launch vehicle", "Soyuz rocket") with { AmbiguousAliases = ["Soyuz"] },
        Mission("soyuz-ms-22", "Soyuz MS-22", "crewed flight") with
        {
            Start = "2022-09-21", Vehicle = "soyuz-spacecraft", Crew = ["frank-rubio", "sergey-prokopyev", "dmitry-petelin"],
        },
        Mission("soyuz-ms-23", "Soyuz MS-23", "crewed flight") with { Start = "2023-02-24", Vehicle = "soyuz-spacecraft" },
        Mission("hayabusa2", "Hayabusa2", "probe"),
        Mission("perseverance", "Perseverance", "rover", "NASA's Perseverance rover", "Perseverance rover")
            with { AmbiguousAliases = ["Perseverance"] },
        Mission("apollo-soyuz", "Apollo–Soyuz", "crewed flight", "Apollo-Soyuz Test Project"),
        Mission("iss", "International Space Station", "station", "ISS"),
        Mission("lunar-gateway", "Lunar Gateway", "station", "Deep Space Gateway") with { AmbiguousAliases = ["Gateway"] },
        Mission("mir", "Mir", "station", "Mir space station") with { AmbiguousAliases = ["Mir"] },
        Mission("progress", "Progress", "spacecraft", "Progress cargo ship") with { AmbiguousAliases = ["Progress"] },

        Person("ronald-sega", "Ronald Sega", "astronaut", "Ron Sega", "Ronald M. Sega") with { Missions = ["sts-60"] },
        Person("sergei-krikalev", "Sergei Krikalev", "cosmonaut", "Sergey Krikalev") with { Agency = "roscosmos" },
        Person("charles-bolden", "Charles Bolden", "astronaut", "Charlie Bolden"),
        Person("jeff-williams", "Jeff Williams", "astronaut", "Jeffrey Williams"),
        Person("sunita-williams", "Sunita Williams", "astronaut", "Suni Williams"),
        Person("chen-dong", "Chen Dong", "taikonaut") with { Country = "China" },
        Person("frank-rubio", "Frank Rubio", "astronaut") with { Missions = ["soyuz-ms-22", "soyuz-ms-23"] },
        Person("sergey-prokopyev", "Sergey Prokopyev", "cosmonaut", "Sergei Prokopyev") with { Missions = ["soyuz-ms-22", "soyuz-ms-23"] },
        Person("dmitry-petelin", "Dmitry Petelin", "cosmonaut") with { Missions = ["soyuz-ms-22", "soyuz-ms-23"] },
        Person("franklin-chang-diaz", "Franklin Chang-Díaz", "astronaut", "Franklin Chang-Diaz"),
    ]);

    public static readonly Tagger Tagger = new(Instance);

    public static TaggingResult Tag(string body, string title = "") => Tagger.Tag(title, null, body);

    public static IReadOnlyList<string> Slugs(string body, string title = "") =>
        Tag(body, title).Entities.Select(e => e.Slug).Order().ToList();

    public static EntityLink? Link(string body, string slug) => Tag(body).Entities.FirstOrDefault(e => e.Slug == slug);

    private static CatalogueEntity Agency(string slug, string name, params string[] aliases) =>
        new(EntityKind.Agency, slug, name, aliases, Type: "government");

    private static CatalogueEntity Mission(string slug, string name, string category, params string[] aliases) =>
        new(EntityKind.Mission, slug, name, aliases, Category: category);

    private static CatalogueEntity Person(string slug, string name, string role, params string[] aliases) =>
        new(EntityKind.Person, slug, name, aliases, Role: role, Country: "United States");
}
