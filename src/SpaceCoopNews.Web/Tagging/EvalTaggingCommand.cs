using System.Globalization;
using SpaceCoopNews.Tagging;
using SpaceCoopNews.Tagging.Evaluation;

namespace SpaceCoopNews.Web.Tagging;

/// <summary>
/// `eval-tagging FILE [--min-precision P] [--min-recall R]`: scores the tagger on a labelled set
/// and exits 1 when below the given figures (CI's quality gate).
/// </summary>
public static class EvalTaggingCommand
{
    public static Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args.Length == 0 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("Usage: eval-tagging <file.json> [--min-precision 0.95] [--min-recall 0.90]");
            return Task.FromResult(2);
        }
        var minPrecision = Option(args, "--min-precision");
        var minRecall = Option(args, "--min-recall");

        var tagger = new Tagger(services.GetRequiredService<TaggerProvider>().Seed);
        var report = Evaluator.Score(tagger, EvaluationSet.Load(args[0]));
        report.WriteTo(Console.Out);

        var failed = report.Precision < minPrecision || report.Recall < minRecall;
        Console.WriteLine(failed
            ? $"FAIL: below precision {minPrecision:0.00} / recall {minRecall:0.00}"
            : $"OK: precision {report.Precision:0.000}, recall {report.Recall:0.000}, F1 {report.F1:0.000}");
        return Task.FromResult(failed ? 1 : 0);
    }

    private static double Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && double.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) ? value : 0;
    }
}
