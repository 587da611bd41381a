using SpaceCoopNews.Tagging.Disambiguation;
using SpaceCoopNews.Tagging.Matching;

namespace SpaceCoopNews.Tagging;

/// <summary>
/// Links a story to the catalogue's agencies, missions and people. Build once per catalogue
/// (it compiles every alias into one automaton); <see cref="Tag"/> is thread-safe.
/// </summary>
public sealed class Tagger
{
    private static readonly string[] FieldNames = ["title", "summary", "body"];

    private readonly Catalogue _catalogue;
    private readonly AliasIndex _index;
    private readonly StoryScanner _scanner;
    private readonly Relations _relations;

    public Tagger(Catalogue catalogue)
    {
        _catalogue = catalogue;
        _index = new AliasIndex(catalogue);
        _scanner = new StoryScanner(_index, new FuzzyNames(catalogue));
        _relations = new Relations(catalogue);
    }

    /// <summary>Approximate memory held by the compiled alias automaton, in bytes.</summary>
    public long AutomatonBytes => _index.Automaton.MemoryBytes;

    public TaggingResult Tag(string title, string? summary, string body)
    {
        var fields = new[]
        {
            TextNormalizer.Normalize(title ?? "", markdown: false),
            TextNormalizer.Normalize(summary ?? "", markdown: false),
            TextNormalizer.Normalize(body ?? "", markdown: true),
        };
        try
        {
            var (names, context) = _scanner.Scan(fields);
            var story = new Story(_catalogue, _relations, FieldNames, fields, names, context);

            NameRule.Apply(story);
            SurnameRule.Apply(story);
            AmbiguousNameRule.Apply(story);
            MissionInferenceRule.Apply(story);

            return new TaggingResult(story.Links.Values
                .Select(link => ToEntityLink(story, link))
                .OrderByDescending(link => link.Confidence)
                .ThenBy(link => link.Mentions.Count == 0 ? int.MaxValue : FirstOffset(link))
                .ToList());
        }
        finally
        {
            foreach (var field in fields) field.Dispose();
        }
    }

    private static EntityLink ToEntityLink(Story story, Story.LinkDraft link)
    {
        var entity = story.Entity(link.Entity);
        var mentions = link.Mentions
            .OrderBy(m => m.Field).ThenBy(m => m.Start)
            .Select(m =>
            {
                var (start, length) = story.Fields[m.Field].ToOriginal(m.Start, m.End);
                return new Mention(story.FieldName(m), start, length, story.Surface(m));
            })
            .ToList();
        return new EntityLink(entity.Kind, entity.Slug, entity.Name, entity.Aliases ?? [],
            Math.Round(link.Confidence, 2), mentions, link.Evidence);
    }

    private static int FirstOffset(EntityLink link) =>
        Array.IndexOf(FieldNames, link.Mentions[0].Field) * 1_000_000 + link.Mentions[0].Start;
}
