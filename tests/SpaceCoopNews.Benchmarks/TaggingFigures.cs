using BenchmarkDotNet.Reports;
using SpaceCoopNews.Tagging;

namespace SpaceCoopNews.Benchmarks;

/// <summary>Turns the benchmark summary into the product's targets: MB/s, build time and automaton memory.</summary>
internal static class TaggingFigures
{
    public static void Print(IEnumerable<Summary> summaries, TextWriter output)
    {
        var catalogue = Catalogue.LoadEmbedded();
        var corpora = new Dictionary<string, string[]>
        {
            [nameof(TaggingBenchmarks.TagDenseCorpus)] = TaggingBenchmarks.DenseStories(catalogue),
            [nameof(TaggingBenchmarks.TagNewsCorpus)] = TaggingBenchmarks.NewsStories(catalogue),
        };
        foreach (var report in summaries.SelectMany(s => s.Reports))
        {
            var name = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            var meanNs = report.ResultStatistics?.Mean;
            if (meanNs is null) continue;
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
            if (corpora.TryGetValue(name, out var bodies))
            {
                var bytes = TaggingBenchmarks.Bytes(bodies);
                var mbPerSecond = bytes / 1e6 / (meanNs.Value / 1e9);
                output.WriteLine($"{name}, wall clock: {bytes:N0} bytes in {meanNs.Value / 1e6:F2} ms = {mbPerSecond:F1} MB/s (target >= 50), " +
                    $"allocated {allocated / bodies.Length / 1e3:F1} KB per story");
            }
            else if (name == nameof(TaggingBenchmarks.BuildTagger))
            {
                output.WriteLine($"build, wall clock: {meanNs.Value / 1e6:F2} ms (target <= 50), allocated {allocated / 1e6:F1} MB");
            }
        }
        PrintCpuTime(catalogue, output);
    }

    /// <summary>
    /// Both corpora and the build timed by the thread's own CPU clock (so a busy machine does not
    /// hide the figure), with bytes allocated per story and catalogue hits per byte.
    /// </summary>
    public static void PrintCpuTime(Catalogue catalogue, TextWriter output)
    {
        var tagger = new Tagger(catalogue);
        output.WriteLine($"automaton tables: {tagger.AutomatonBytes / 1e6:F1} MB (target <= 20), {catalogue.Entities.Count} entities");
        if (!ThreadCpuClock.IsSupported) return;
        PrintCorpus("dense corpus", tagger, TaggingBenchmarks.DenseStories(catalogue), output);
        PrintCorpus("news corpus", tagger, TaggingBenchmarks.NewsStories(catalogue), output);

        const int rounds = 20;
        WarmUp(() => _ = new Tagger(catalogue));
        var start = ThreadCpuClock.Now();
        for (var round = 0; round < rounds; round++) _ = new Tagger(catalogue);
        output.WriteLine($"build, thread CPU time: {(ThreadCpuClock.Now() - start).TotalMilliseconds / rounds:F1} ms (target <= 50)");
    }

    private static void PrintCorpus(string label, Tagger tagger, string[] bodies, TextWriter output)
    {
        var bytes = TaggingBenchmarks.Bytes(bodies);
        const int rounds = 20;
        WarmUp(() => TaggingBenchmarks.Tag(tagger, bodies));
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var start = ThreadCpuClock.Now();
        for (var round = 0; round < rounds; round++) TaggingBenchmarks.Tag(tagger, bodies);
        var seconds = (ThreadCpuClock.Now() - start).TotalSeconds;
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)(rounds * bodies.Length);
        var mentions = bodies.Sum(b => tagger.Tag("", null, b).Entities.Sum(link => link.Mentions.Count));
        output.WriteLine($"{label}, thread CPU time: {bytes * rounds / 1e6 / seconds:F1} MB/s (target >= 50); " +
            $"{bytes / bodies.Length:N0} bytes and {allocated / 1e3:F1} KB allocated per story; one linked mention per {bytes / Math.Max(1, mentions)} bytes");
    }

    // Tiered compilation promotes hot methods (with profile-guided optimisation, worth about 2x here)
    // on a background thread once calls have stopped bringing new methods for a while; timing
    // before that measures unoptimized code. Each warm-up round therefore waits until the JIT has
    // compiled nothing new for a moment (its own count of compiled methods), at most a few seconds.
    private static void WarmUp(Action work)
    {
        for (var round = 0; round < 4; round++)
        {
            for (var run = 0; run < 5; run++) work();
            Jit.WaitToSettle();
        }
    }
}
