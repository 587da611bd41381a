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
        if (ThreadCpuClock.IsSupported) PrintCpuTime(catalogue, tagger, output);
    }

    // The same work timed by the thread's own CPU clock, so a busy machine does not hide the figure.
    private static void PrintCpuTime(Catalogue catalogue, Tagger tagger, TextWriter output)
    {
        var bodies = BenchmarkCorpus.Stories(catalogue, count: 200, seed: 7);
        var bytes = TaggingBenchmarks.CorpusBytes(catalogue);
        const int rounds = 20;
        for (var warm = 0; warm < 5; warm++) Tag(tagger, bodies);
        var start = ThreadCpuClock.Now();
        for (var round = 0; round < rounds; round++) Tag(tagger, bodies);
        var seconds = (ThreadCpuClock.Now() - start).TotalSeconds;
        output.WriteLine($"tagging, thread CPU time: {bytes * rounds / 1e6 / seconds:F1} MB/s (target >= 50)");

        for (var warm = 0; warm < 3; warm++) _ = new Tagger(catalogue);
        start = ThreadCpuClock.Now();
        for (var round = 0; round < rounds; round++) _ = new Tagger(catalogue);
        output.WriteLine($"build, thread CPU time: {(ThreadCpuClock.Now() - start).TotalMilliseconds / rounds:F1} ms (target <= 50)");
    }

    private static void Tag(Tagger tagger, string[] bodies)
    {
        foreach (var body in bodies) tagger.Tag("", null, body);
    }
}
