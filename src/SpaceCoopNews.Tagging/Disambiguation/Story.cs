using SpaceCoopNews.Tagging.Matching;

namespace SpaceCoopNews.Tagging.Disambiguation;

/// <summary>
/// One story being tagged: its normalized fields, the names and context words found in them,
/// and the links the rules have made so far (each with its mentions, confidence and evidence).
/// </summary>
internal sealed class Story(
    Catalogue catalogue,
    Relations relations,
    string[] fieldNames,
    IReadOnlyList<NormalizedText> fields,
    List<Candidate> names,
    List<Candidate> context)
{
    private const int LongestContextWord = 32;

    private readonly Dictionary<int, LinkDraft> _links = [];

    public Catalogue Catalogue { get; } = catalogue;
    public Relations Relations { get; } = relations;
    public IReadOnlyList<NormalizedText> Fields { get; } = fields;
    public List<Candidate> Names { get; } = names;
    public IReadOnlyDictionary<int, LinkDraft> Links => _links;

    public CatalogueEntity Entity(int index) => Catalogue.Entities[index];

    public string FieldName(Candidate candidate) => fieldNames[candidate.Field];

    public bool IsLinked(int entity) => _links.ContainsKey(entity);

    /// <summary>True when the story names the entity by its name or an unambiguous alias.</summary>
    public bool IsNamed(int entity) => _links.TryGetValue(entity, out var link) && link.ByName;

    /// <summary>The text as written in the original field.</summary>
    public string Surface(Candidate candidate)
    {
        var text = Fields[candidate.Field];
        var (start, length) = text.ToOriginal(candidate.Start, candidate.End);
        return text.Original.Substring(start, length);
    }

    /// <summary>Adds a mention and keeps the strongest rule's confidence and evidence for the entity.</summary>
    public void Link(int entity, Candidate? mention, double confidence, Evidence evidence, bool byName = false)
    {
        if (!_links.TryGetValue(entity, out var link)) _links[entity] = link = new LinkDraft(entity);
        link.ByName |= byName;
        if (mention is { } found) link.Mentions.Add(found);
        if (confidence > link.Confidence)
        {
            link.Confidence = confidence;
            link.Evidence = evidence;
        }
    }

    /// <summary>The first context word of the given senses within a window around the candidate.</summary>
    public Candidate? ContextNear(Candidate candidate, ContextSense senses, int before, int after)
    {
        // Context words are sorted by field and start; no context word is longer than LongestContextWord.
        var from = candidate.Start - before - LongestContextWord;
        int lo = 0, hi = context.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var word = context[mid];
            if (word.Field < candidate.Field || (word.Field == candidate.Field && word.Start < from)) lo = mid + 1;
            else hi = mid;
        }
        for (var i = lo; i < context.Count; i++)
        {
            var word = context[i];
            if (word.Field != candidate.Field || word.Start > candidate.End + after) break;
            if (word.End < candidate.Start - before) continue;
            foreach (var entry in word.Entries)
                if ((entry.Sense & senses) != 0) return word;
        }
        return null;
    }

    /// <summary>Distance in characters between two candidates, or int.MaxValue across fields.</summary>
    public static int Distance(Candidate a, Candidate b) =>
        a.Field != b.Field ? int.MaxValue : Math.Max(0, Math.Max(a.Start - b.End, b.Start - a.End));

    /// <summary>Four-digit years written anywhere in the story.</summary>
    public HashSet<int> Years()
    {
        var years = new HashSet<int>();
        foreach (var text in Fields)
        {
            var keys = text.Keys;
            for (var i = 0; i + 4 <= text.Length; i++)
            {
                if (!char.IsAsciiDigit(keys[i]) || text.IsWordChar(i - 1) || text.IsWordChar(i + 4)) continue;
                if (char.IsAsciiDigit(keys[i + 1]) && char.IsAsciiDigit(keys[i + 2]) && char.IsAsciiDigit(keys[i + 3]))
                    years.Add(int.Parse(keys.AsSpan(i, 4)));
            }
        }
        return years;
    }

    /// <summary>A link under construction.</summary>
    public sealed class LinkDraft(int entity)
    {
        public int Entity { get; } = entity;
        public List<Candidate> Mentions { get; } = [];
        public double Confidence { get; set; }
        public Evidence Evidence { get; set; }
        public bool ByName { get; set; }
    }
}
