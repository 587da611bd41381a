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
        var buffers = ScanBuffers.Rent();
        try
        {
            _scanner.Scan(fields, buffers);
            var story = new Story(_catalogue, _relations, FieldNames, fields, buffers.Kept, buffers.Context);

            NameRule.Apply(story);
            SurnameRule.Apply(story);
            AmbiguousNameRule.Apply(story);
            MissionInferenceRule.Apply(story);

            return new TaggingResult(Links(story));
        }
        finally
        {
            ScanBuffers.Return(buffers);
            foreach (var field in fields) field.Dispose();
        }
    }

    // Surest first, then by first mention; links of equal rank keep the order the rules made them.
    private static List<EntityLink> Links(Story story)
    {
        var ranked = new List<(EntityLink Link, int Order)>(story.Links.Count);
        foreach (var draft in story.Links.Values) ranked.Add((ToEntityLink(story, draft), ranked.Count));
        ranked.Sort(static (a, b) =>
        {
            var byConfidence = b.Link.Confidence.CompareTo(a.Link.Confidence);
            if (byConfidence != 0) return byConfidence;
            var byOffset = FirstOffset(a.Link).CompareTo(FirstOffset(b.Link));
            return byOffset != 0 ? byOffset : a.Order.CompareTo(b.Order);
        });
        var links = new List<EntityLink>(ranked.Count);
        foreach (var (link, _) in ranked) links.Add(link);
        return links;
    }

    private static EntityLink ToEntityLink(Story story, Story.LinkDraft link)
    {
        var entity = story.Entity(link.Entity);
        var drafts = link.Mentions;
        // Insertion sort: stable, and a link has few mentions.
        for (var i = 1; i < drafts.Count; i++)
        {
            var item = drafts[i];
            var j = i - 1;
            while (j >= 0 && (drafts[j].Field > item.Field || (drafts[j].Field == item.Field && drafts[j].Start > item.Start)))
            {
                drafts[j + 1] = drafts[j];
                j--;
            }
            drafts[j + 1] = item;
        }
        var mentions = new Mention[drafts.Count];
        for (var i = 0; i < drafts.Count; i++)
        {
            var m = drafts[i];
            var (start, length) = story.Fields[m.Field].ToOriginal(m.Start, m.End);
            mentions[i] = new Mention(story.FieldName(m), start, length, story.Surface(m));
        }
        return new EntityLink(entity.Kind, entity.Slug, entity.Name, entity.Aliases ?? [],
            Math.Round(link.Confidence, 2), mentions, link.Evidence.Format(story));
    }

    private static int FirstOffset(EntityLink link) =>
        link.Mentions.Count == 0 ? int.MaxValue : Array.IndexOf(FieldNames, link.Mentions[0].Field) * 1_000_000 + link.Mentions[0].Start;
}
