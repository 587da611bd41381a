using BenchmarkDotNet.Running;
using SpaceCoopNews.Benchmarks;
using SpaceCoopNews.Benchmarks.Search;
using SpaceCoopNews.Tagging;
using SpaceCoopNews.Tagging.Evaluation;

// "eval [--links] <file.json>..." scores the tagger on labelled stories (--links also lists every
// link with its evidence); "search [stories] [--db path] [--runs n]" times search; "cpu" prints only
// the tagging figures timed by thread CPU time (quick, no BenchmarkDotNet); anything else runs the
// benchmarks.
if (args is ["eval", .. var files])
{
    var tagger = new Tagger(Catalogue.LoadEmbedded());
    var showLinks = files.Contains("--links");
    foreach (var file in files.Where(f => f != "--links"))
    {
        Console.WriteLine($"== {file}");
        var articles = EvaluationSet.Load(file);
        Evaluator.Score(tagger, articles).WriteTo(Console.Out);
        if (!showLinks) continue;
        foreach (var article in articles)
        {
            Console.WriteLine($"-- {article.Id}");
            foreach (var link in tagger.Tag(article.Title, null, article.Body).Entities)
                Console.WriteLine($"   {link.Kind,-7} {link.Slug,-32} {link.Confidence:F2} x{link.Mentions.Count} {link.Evidence}");
        }
    }
    return 0;
}
if (args is ["search", .. var searchArgs])
{
    return await SearchBench.RunAsync(searchArgs);
}

if (args is ["cpu"])
{
    TaggingFigures.PrintCpuTime(Catalogue.LoadEmbedded(), Console.Out);
    return 0;
}

var summary = BenchmarkSwitcher.FromAssembly(typeof(TaggingBenchmarks).Assembly).Run(args);
TaggingFigures.Print(summary, Console.Out);
return 0;
