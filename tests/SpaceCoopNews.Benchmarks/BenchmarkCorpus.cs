using System.Text;
using SpaceCoopNews.Tagging;

namespace SpaceCoopNews.Benchmarks;

/// <summary>
/// Deterministic story-like text: news prose with catalogue names, surnames, ambiguous words,
/// Markdown links and some mojibake, so the benchmark exercises every path of the tagger.
/// </summary>
internal static class BenchmarkCorpus
{
    private static readonly string[] Sentences =
    [
        "The crew spent six months aboard the orbiting laboratory before returning to Earth.",
        "Officials said the launch window opens early next week if the weather cooperates.",
        "Engineers are still reviewing data from the last test of the heat shield and parachutes.",
        "The spacecraft docked with the station after a two-day chase in low Earth orbit.",
        "Scientists hope the samples will reveal how water reached the inner solar system.",
        "Budget pressures mean the programme will slip by at least a year, the report said.",
        "See the [mission page](https://www.nasa.gov/mission/artemis-ii/) for more photos.",
        "The agencyâ€™s statement said the discovery of the leak had not endangered the crew.",
        "Progress on the new module has been slow, and the Moon and Mars remain distant goals.",
        "Photo credit: Bill Ingalls. Reporting by Sega Tanaka; editing by the news desk.",
    ];

    public static string[] Stories(Catalogue catalogue, int count, int seed)
    {
        var random = new Random(seed);
        var names = catalogue.Entities.SelectMany(e => (e.Aliases ?? []).Prepend(e.Name)).ToArray();
        var stories = new string[count];
        for (var s = 0; s < count; s++)
        {
            var text = new StringBuilder(4000);
            while (text.Length < 3000)
            {
                text.Append(Sentences[random.Next(Sentences.Length)]).Append(' ');
                var name = names[random.Next(names.Length)];
                text.Append(random.Next(3) switch
                {
                    0 => $"On Tuesday {name} confirmed the schedule. ",
                    1 => $"According to {name.Split(' ')[^1]}, the work continues. ",
                    _ => $"{name}'s team declined to comment.\n\n",
                });
            }
            stories[s] = text.ToString();
        }
        return stories;
    }
}
