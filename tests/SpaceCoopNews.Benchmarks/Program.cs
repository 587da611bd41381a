using BenchmarkDotNet.Running;
using SpaceCoopNews.Benchmarks;
using SpaceCoopNews.Tagging;
using SpaceCoopNews.Tagging.Evaluation;

// "eval <file.json>..." scores the tagger on labelled stories; anything else runs the benchmarks.
if (args is ["eval", .. var files])
{
    var tagger = new Tagger(Catalogue.LoadEmbedded());
    foreach (var file in files)
    {
        Console.WriteLine($"== {file}");
        Evaluator.Score(tagger, EvaluationSet.Load(file)).WriteTo(Console.Out);
    }
    return;
}

var summary = BenchmarkSwitcher.FromAssembly(typeof(TaggingBenchmarks).Assembly).Run(args);
TaggingFigures.Print(summary, Console.Out);
