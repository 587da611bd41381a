using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;

namespace SpaceCoopNews.Benchmarks.Search;

/// <summary>
/// Fills a migrated database with synthetic stories (seeded, so every run is the same): 300–1,000
/// words each, dates over 20 years, entity links with a realistic skew (a few agencies in most
/// stories, a long tail of missions and people), entity names written into the text.
/// </summary>
public sealed class StoryGenerator(int seed = 42)
{
    public static readonly string[] Agencies =
        ["NASA", "Roscosmos", "European Space Agency", "JAXA", "China National Space Administration", "ISRO", "Canadian Space Agency",
         "CNES", "DLR", "Italian Space Agency", "UK Space Agency", "KARI", "Israel Space Agency", "UAE Space Agency", "SpaceX", "Blue Origin",
         "Rocket Lab", "Arianespace", "Northrop Grumman", "Boeing"];

    // Chance that a story links to each agency, in the order above.
    private static readonly double[] AgencyShare = [0.6, 0.35, 0.25, 0.1, 0.1, 0.06, 0.05, 0.04, 0.04, 0.03, 0.02, 0.02, 0.01, 0.01, 0.2, 0.05, 0.04, 0.05, 0.03, 0.04];

    private static readonly string[] Common =
        ("the of and to a in is for on that with as was by at it from be this are an has its have will after which space station launch crew " +
         "orbit mission rocket moon mars module engine astronaut cosmonaut agency programme flight docking solar panel science experiment " +
         "satellite probe lander rover budget contract test booster capsule return landing spacewalk cargo supply research telescope planet " +
         "asteroid comet first year new two said officials engineers vehicle launched lunar international cooperation partners orbital " +
         "heat shield parachute fuel tank propellant stage payload pad countdown delay schedule weather review data images instrument " +
         "sample surface atmosphere gravity radiation suit hatch airlock robotic arm port segment laboratory power battery thruster").Split(' ');

    private readonly Random random = new(seed);
    private readonly string[] rare = Enumerable.Range(0, 30_000).Select(i => RareWord(i)).ToArray();

    public int Missions => 400;
    public int People => 1500;

    public static string RareWord(int i)
    {
        const string consonants = "bcdfghklmnprstvz";
        const string vowels = "aeiou";
        var word = new StringBuilder();
        var n = i + 7919;
        for (var k = 0; k < 4; k++)
        {
            word.Append(consonants[n % consonants.Length]);
            n /= consonants.Length;
            word.Append(vowels[(n + k) % vowels.Length]);
            n = n / vowels.Length + k * 31;
        }
        return word.Append(i % 97).ToString();
    }

    public (TimeSpan Elapsed, int Links) Fill(string connectionString, int stories)
    {
        var clock = Stopwatch.StartNew();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF;";
            pragma.ExecuteNonQuery();
        }
        var entityIds = InsertEntities(connection);
        using var transaction = connection.BeginTransaction();
        using var link = connection.CreateCommand();
        link.CommandText = "INSERT INTO ArticleEntities (ArticleId, EntityId, Source, State, Confidence, Mentions) VALUES ($a, $e, 0, $s, 0.9, '[]')";
        var linkArticle = link.Parameters.Add("$a", SqliteType.Integer);
        var linkEntity = link.Parameters.Add("$e", SqliteType.Integer);
        var linkState = link.Parameters.Add("$s", SqliteType.Integer);
        using var article = connection.CreateCommand();
        article.CommandText = "INSERT INTO Articles (Id, Slug, Title, Summary, BodyMarkdown, BodyHtml, SourceName, PublishedAt, CreatedAt, UpdatedAt, Status, Version) " +
                              "VALUES ($id, $slug, $title, $summary, $body, $html, 'Synthetic News', $published, $published, $published, 2, 1)";
        var p = new Dictionary<string, SqliteParameter>();
        foreach (var name in new[] { "$id", "$slug", "$title", "$summary", "$body", "$html", "$published" })
        {
            p[name] = article.Parameters.Add(name, SqliteType.Text);
        }
        var start = new DateTime(2006, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var links = 0;
        for (var id = 1; id <= stories; id++)
        {
            var linked = PickEntities(entityIds);
            var names = linked.Select(l => l.Name).ToList();
            // The benchmark writes stories with the search triggers dropped and builds the index afterwards.
            foreach (var (entityId, _) in linked)
            {
                linkArticle.Value = id;
                linkEntity.Value = entityId;
                linkState.Value = random.NextDouble() < 0.02 ? 2 : random.NextDouble() < 0.5 ? 1 : 0;
                link.ExecuteNonQuery();
                links++;
            }
            var title = Sentence(8, names);
            var body = Body(random.Next(300, 1001), names);
            p["$id"].Value = id;
            p["$slug"].Value = $"story-{id}";
            p["$title"].Value = title;
            p["$summary"].Value = Sentence(25, names);
            p["$body"].Value = body;
            p["$html"].Value = "<p>" + body.Replace("\n\n", "</p>\n<p>", StringComparison.Ordinal) + "</p>";
            p["$published"].Value = start.AddMinutes(random.Next(0, 20 * 365 * 24 * 60)).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
            article.ExecuteNonQuery();
        }
        transaction.Commit();
        return (clock.Elapsed, links);
    }

    private List<(int Id, string Name)> InsertEntities(SqliteConnection connection)
    {
        var all = new List<(int, string)>();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO Entities (Kind, Slug, Name, Aliases, Description, Related, EditedByEditor) VALUES ($k, $slug, $name, $aliases, '', '[]', 0) RETURNING Id";
        var kind = command.Parameters.Add("$k", SqliteType.Integer);
        var slug = command.Parameters.Add("$slug", SqliteType.Text);
        var name = command.Parameters.Add("$name", SqliteType.Text);
        var aliases = command.Parameters.Add("$aliases", SqliteType.Text);
        void Add(int k, string s, string n, string a)
        {
            kind.Value = k;
            slug.Value = s;
            name.Value = n;
            aliases.Value = a;
            all.Add((Convert.ToInt32(command.ExecuteScalar()), n));
        }
        foreach (var agency in Agencies)
        {
            var alias = agency == "Roscosmos" ? "[\"Russian space agency\",\"Roskosmos\"]" : agency == "European Space Agency" ? "[\"ESA\"]" : "[]";
            Add(0, SpaceCoopNews.Web.Articles.Slug.From(agency), agency, alias);
        }
        for (var i = 0; i < Missions; i++)
        {
            var n = i == 0 ? "International Space Station" : i == 1 ? "ExoMars" : $"{Capitalised(rare[i])} {i}";
            Add(1, i == 0 ? "iss" : SpaceCoopNews.Web.Articles.Slug.From(n), n, i == 0 ? "[\"ISS\"]" : "[]");
        }
        for (var i = 0; i < People; i++)
        {
            var n = i == 0 ? "Sergei Krikalev" : $"{Capitalised(rare[1000 + i])} {Capitalised(rare[5000 + i])}";
            Add(2, SpaceCoopNews.Web.Articles.Slug.From(n), n, i == 0 ? "[\"Krikalev\"]" : "[]");
        }
        transaction.Commit();
        return all;
    }

    private List<(int Id, string Name)> PickEntities(List<(int Id, string Name)> entities)
    {
        var picked = new List<(int, string)>();
        for (var i = 0; i < Agencies.Length; i++)
        {
            if (random.NextDouble() < AgencyShare[i])
            {
                picked.Add(entities[i]);
            }
        }
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            picked.Add(entities[Agencies.Length + Zipf(Missions)]);
        }
        for (var i = random.Next(0, 4); i > 0; i--)
        {
            picked.Add(entities[Agencies.Length + Missions + Zipf(People)]);
        }
        return picked.Distinct().ToList();
    }

    /// <summary>0-based rank with a long tail: rank 0 most often, a few percent beyond rank 100.</summary>
    private int Zipf(int n) => Math.Min(n - 1, (int)(Math.Pow(n + 1, random.NextDouble()) - 1));

    private string Word() => random.NextDouble() < 0.85 ? Common[Zipf(Common.Length)] : rare[Zipf(rare.Length)];

    private string Sentence(int words, List<string> names)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            text.Append(i == 0 ? "" : " ").Append(names.Count > 0 && random.NextDouble() < 0.06 ? names[random.Next(names.Count)] : Word());
        }
        return Capitalised(text.ToString());
    }

    private string Body(int words, List<string> names)
    {
        var text = new StringBuilder(words * 7);
        var written = 0;
        while (written < words)
        {
            var length = Math.Min(words - written, random.Next(8, 25));
            text.Append(Sentence(length, names)).Append(". ");
            written += length;
            if (random.NextDouble() < 0.15)
            {
                text.Append("\n\n");
            }
        }
        return text.ToString();
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
