using System.Text;
using BenchmarkDotNet.Attributes;
using SpaceCoopNews.Tagging;

namespace SpaceCoopNews.Benchmarks;

/// <summary>Tagging throughput over a corpus of story-like text, and the cost of building the tagger.</summary>
[MemoryDiagnoser]
public class TaggingBenchmarks
{
    private Catalogue _catalogue = null!;
    private Tagger _tagger = null!;
    private string[] _bodies = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalogue = Catalogue.LoadEmbedded();
        _tagger = new Tagger(_catalogue);
        _bodies = BenchmarkCorpus.Stories(_catalogue, count: 200, seed: 7);
    }

    /// <summary>Bytes (UTF-8) of article text one <see cref="TagCorpus"/> call reads.</summary>
    public static long CorpusBytes(Catalogue catalogue) =>
        BenchmarkCorpus.Stories(catalogue, count: 200, seed: 7).Sum(b => (long)Encoding.UTF8.GetByteCount(b));

    [Benchmark]
    public int TagCorpus()
    {
        var links = 0;
        foreach (var body in _bodies) links += _tagger.Tag("", null, body).Entities.Count;
        return links;
    }

    [Benchmark]
    public Tagger BuildTagger() => new(_catalogue);
}
