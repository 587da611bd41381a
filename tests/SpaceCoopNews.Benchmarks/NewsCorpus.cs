using System.Text;
using SpaceCoopNews.Tagging;

namespace SpaceCoopNews.Benchmarks;

/// <summary>
/// Deterministic article-like text with the name density of real space news: page chrome
/// (navigation, share bar, related links, footer), ordinary sentences, and a catalogue name about
/// every 300 bytes: full names on first mention, surnames and acronyms after, as reporters write.
/// </summary>
internal static class NewsCorpus
{
    private static readonly string[] Chrome =
    [
        "Home | News | Science | Launches | Opinion | Newsletter | Subscribe\n\n",
        "Share this article: Facebook · X · LinkedIn · Email · Copy link\n\n",
    ];

    private static readonly string[] Footer =
    [
        "\n\nRelated stories\n- Five things to watch in orbit this year\n- The week in pictures\n- Letters to the editor\n",
        "\n\nSign up for our weekly newsletter. We respect your privacy; you can unsubscribe at any time.\n",
        "\n\n© 2026 The Orbital Times. All rights reserved. Terms of use · Privacy · Contact us · Advertise\n",
    ];

    private static readonly string[] Prose =
    [
        "The schedule has slipped twice since the spring, and managers now say the earliest date is late next year. ",
        "Officials declined to give a cost estimate, saying the figures were still being reviewed by an outside panel. ",
        "The announcement came during a press briefing that ran nearly two hours, much of it spent on budget questions. ",
        "Engineers spent the weekend reviewing telemetry from the test, which ended about forty seconds early. ",
        "Weather forecasters put the odds of acceptable conditions at seventy percent for the primary window. ",
        "The agreement covers training, shared hardware and the exchange of data over the next decade. ",
        "Critics argue that the money would be better spent on robotic science, which returns more per dollar. ",
        "Several contractors have warned that supply chain problems could delay deliveries well into next year. ",
        "A review board is expected to publish its findings in the coming weeks, according to people familiar with it. ",
        "The hardware arrived at the processing facility on Friday after a week-long journey by road and sea. ",
        "Students at a dozen schools will be able to talk with the crew by amateur radio during the flight. ",
        "Photo credit: Joel Kowsky. ",
        "Read more in our [explainer](https://example.com/explainers/orbits) on how orbits work. ",
    ];

    private static readonly string[] Leads =
    [
        "{0} said on Tuesday that the work would continue. ",
        "According to {0}, the next step is a full rehearsal. ",
        "The plan was welcomed by {0}, which has pushed for it for years. ",
        "{0} has not commented publicly. ",
        "In a statement, {0} described the test as a success. ",
    ];

    public static string[] Stories(Catalogue catalogue, int count, int seed)
    {
        var random = new Random(seed);
        var entities = catalogue.Entities;
        var stories = new string[count];
        for (var s = 0; s < count; s++)
        {
            // A story is about a few entities and names them repeatedly, not a new name each time.
            var cast = Enumerable.Range(0, 4).Select(_ => entities[random.Next(entities.Count)]).ToArray();
            var mentioned = new HashSet<CatalogueEntity>();
            var text = new StringBuilder(4500);
            text.Append(Chrome[0]);
            text.Append(cast[0].Name).Append(" and ").Append(cast[1].Name).Append(": what comes next\n\n");
            text.Append(Chrome[1]);
            var sinceName = 0;
            while (text.Length < 3300)
            {
                var sentence = Prose[random.Next(Prose.Length)];
                text.Append(sentence);
                sinceName += sentence.Length;
                if (sinceName < 200 + random.Next(150)) continue;
                var entity = cast[random.Next(cast.Length)];
                var name = mentioned.Add(entity) ? entity.Name : ShortName(entity, random);
                text.AppendFormat(Leads[random.Next(Leads.Length)], name);
                sinceName = 0;
                if (random.Next(4) == 0) text.Append("\n\n");
            }
            foreach (var part in Footer) text.Append(part);
            stories[s] = text.ToString();
        }
        return stories;
    }

    private static string ShortName(CatalogueEntity entity, Random random)
    {
        if (entity.Kind == EntityKind.Person) return entity.Name.Split(' ')[^1];
        var aliases = entity.Aliases ?? [];
        return aliases.Count > 0 && random.Next(2) == 0 ? aliases[random.Next(aliases.Count)] : entity.Name;
    }
}
