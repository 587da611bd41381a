using System.Text;
using BenchmarkDotNet.Attributes;
using SpaceCoopNews.Tagging;

namespace SpaceCoopNews.Benchmarks;

/// <summary>Tagging throughput over two corpora of story-like text, and the cost of building the tagger.</summary>
[MemoryDiagnoser]
public class TaggingBenchmarks
{
    public const int Stories = 200;

    private Catalogue _catalogue = null!;
    private Tagger _tagger = null!;
    private string[] _dense = null!;
    private string[] _news = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalogue = Catalogue.LoadEmbedded();
        _tagger = new Tagger(_catalogue);
        _dense = DenseStories(_catalogue);
        _news = NewsStories(_catalogue);
    }

    /// <summary>The harsh corpus: a catalogue name in every sentence (about one hit per 35 bytes).</summary>
    public static string[] DenseStories(Catalogue catalogue) => BenchmarkCorpus.Stories(catalogue, Stories, seed: 7);

    /// <summary>The realistic corpus: news prose and page chrome, a name every 200–400 bytes.</summary>
    public static string[] NewsStories(Catalogue catalogue) => NewsCorpus.Stories(catalogue, Stories, seed: 11);

    /// <summary>Bytes (UTF-8) of article text in a corpus.</summary>
    public static long Bytes(string[] bodies) => bodies.Sum(b => (long)Encoding.UTF8.GetByteCount(b));

    [Benchmark]
    public int TagDenseCorpus() => Tag(_tagger, _dense);

    [Benchmark]
    public int TagNewsCorpus() => Tag(_tagger, _news);

    [Benchmark]
    public Tagger BuildTagger() => new(_catalogue);

    public static int Tag(Tagger tagger, string[] bodies)
    {
        var links = 0;
        foreach (var body in bodies) links += tagger.Tag("", null, body).Entities.Count;
        return links;
    }
}
