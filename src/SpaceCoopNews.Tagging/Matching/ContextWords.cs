namespace SpaceCoopNews.Tagging.Matching;

/// <summary>
/// General vocabulary that tells the disambiguation rules what a nearby name refers to, and
/// names of things that are not entities but contain an entity's name.
/// </summary>
internal static class ContextWords
{
    public static readonly IReadOnlyDictionary<string, ContextSense> Senses = Build(new()
    {
        [ContextSense.Person] = ["astronaut", "astronauts", "cosmonaut", "cosmonauts", "taikonaut", "taikonauts",
            "spationaut", "commander", "pilot", "flight engineer", "mission specialist", "payload specialist",
            "crewmate", "crew member", "spacewalk", "spacewalker", "administrator", "director general"],
        [ContextSense.Spacecraft] = ["spacecraft", "capsule", "orbiter", "shuttle", "space shuttle", "crew ship",
            "spaceship", "splashdown", "splashed down", "docked", "undocked", "docking", "heat shield", "hatch"],
        [ContextSense.Rocket] = ["rocket", "rockets", "launcher", "booster", "launch vehicle", "liftoff", "lift off",
            "lifted off", "blasted off", "first stage", "upper stage", "launch pad"],
        [ContextSense.Station] = ["space station", "station", "lunar orbit", "orbiting the moon", "outpost", "module",
            "modules", "lunar outpost", "cislunar"],
        [ContextSense.Cargo] = ["cargo", "freighter", "resupply", "supply ship", "cargo ship", "supplies"],
        [ContextSense.Rover] = ["rover", "rovers", "crater", "wheels"],
        [ContextSense.Probe] = ["probe", "lander", "telescope", "landed", "flyby", "asteroid", "orbiter", "spacecraft"],
        [ContextSense.Flight] = ["mission", "flight", "crew", "launched", "launch", "orbit", "spaceflight",
            "space flight"],
        [ContextSense.Programme] = ["programme", "program", "missions"],
    });

    /// <summary>News agencies, launch sites, centres and museums: never entities, and their words must not link.</summary>
    public static readonly IReadOnlyList<string> NotEntities =
    [
        "TASS", "Sputnik", "RIA Novosti", "Interfax", "Xinhua", "Reuters", "Jiji Press", "Kyodo",
        "Kennedy Space Center", "Johnson Space Center", "Marshall Space Flight Center", "Goddard Space Flight Center",
        "Ames Research Center", "Glenn Research Center", "Langley Research Center", "Stennis Space Center",
        "Jet Propulsion Laboratory", "Baikonur Cosmodrome", "Vostochny Cosmodrome", "Plesetsk Cosmodrome",
        "Jiuquan Satellite Launch Center", "Wenchang Space Launch Site", "Xichang Satellite Launch Center",
        "Satish Dhawan Space Centre", "Tanegashima Space Center", "Guiana Space Centre", "Cape Canaveral",
        "Vandenberg Space Force Base", "Space Launch Complex", "Launch Complex 39A", "Star City",
        "Gagarin Cosmonaut Training Center", "National Air and Space Museum", "Space Center Houston",
        "Discovery Channel", "Sega Genesis",
    ];

    /// <summary>The senses a mission of this category is confirmed by.</summary>
    public static ContextSense ForCategory(string? category) => category switch
    {
        "spacecraft" => ContextSense.Spacecraft,
        "launch vehicle" => ContextSense.Rocket,
        "station" => ContextSense.Station,
        "cargo flight" => ContextSense.Cargo | ContextSense.Spacecraft,
        "crewed flight" or "expedition" => ContextSense.Flight | ContextSense.Spacecraft,
        "rover" => ContextSense.Rover,
        "probe" or "lander" or "telescope" or "uncrewed flight" => ContextSense.Probe | ContextSense.Spacecraft,
        "programme" => ContextSense.Programme | ContextSense.Flight,
        _ => ContextSense.Spaceflight,
    };

    private static Dictionary<string, ContextSense> Build(Dictionary<ContextSense, string[]> words)
    {
        var senses = new Dictionary<string, ContextSense>(StringComparer.Ordinal);
        foreach (var (sense, list) in words)
            foreach (var word in list)
                senses[word] = senses.GetValueOrDefault(word) | sense;
        return senses;
    }
}
