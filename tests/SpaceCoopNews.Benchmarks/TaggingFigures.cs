using BenchmarkDotNet.Reports;
using SpaceCoopNews.Tagging;

namespace SpaceCoopNews.Benchmarks;

/// <summary>Turns the benchmark summary into the product's targets: MB/s, build time and automaton memory.</summary>
internal static class TaggingFigures
{
    public static void Print(IEnumerable<Summary> summaries, TextWriter output)
    {
        var catalogue = Catalogue.LoadEmbedded();
        var tagger = new Tagger(catalogue);
        foreach (var report in summaries.SelectMany(s => s.Reports))
        {
            var name = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            var meanNs = report.ResultStatistics?.Mean;
            if (meanNs is null) continue;
            if (name == nameof(TaggingBenchmarks.TagCorpus))
            {
                var bytes = TaggingBenchmarks.CorpusBytes(catalogue);
                var mbPerSecond = bytes / 1e6 / (meanNs.Value / 1e9);
                output.WriteLine($"tagging: {bytes:N0} bytes in {meanNs.Value / 1e6:F2} ms = {mbPerSecond:F1} MB/s (target >= 50)");
            }
            else if (name == nameof(TaggingBenchmarks.BuildTagger))
            {
                output.WriteLine($"build: {meanNs.Value / 1e6:F2} ms (target <= 50), allocated {report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) / 1e6:F1} MB");
            }
        }
        output.WriteLine($"automaton tables: {tagger.AutomatonBytes / 1e6:F1} MB (target <= 20), {catalogue.Entities.Count} entities");
    }
}
