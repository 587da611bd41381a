using System.Globalization;

namespace SpaceCoopNews.Tagging.Evaluation;

/// <summary>One story's result: what was right, what was linked wrongly, what was missed.</summary>
public sealed record ArticleScore(string Id, int TruePositives, IReadOnlyList<EntityLink> FalseLinks, IReadOnlyList<GoldEntity> Misses);

/// <summary>Micro-averaged precision, recall and F1 over a set of stories, with per-story errors.</summary>
public sealed record EvaluationReport(IReadOnlyList<ArticleScore> Articles)
{
    public int TruePositives => Articles.Sum(a => a.TruePositives);
    public int FalsePositives => Articles.Sum(a => a.FalseLinks.Count);
    public int FalseNegatives => Articles.Sum(a => a.Misses.Count);

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void WriteTo(TextWriter writer)
    {
        var c = CultureInfo.InvariantCulture;
        writer.WriteLine(string.Format(c, "precision {0:F3}  recall {1:F3}  F1 {2:F3}  (TP {3}, FP {4}, FN {5}, {6} articles)",
            Precision, Recall, F1, TruePositives, FalsePositives, FalseNegatives, Articles.Count));
        foreach (var article in Articles.Where(a => a.FalseLinks.Count > 0 || a.Misses.Count > 0))
        {
            writer.WriteLine($"{article.Id}:");
            foreach (var miss in article.Misses)
                writer.WriteLine($"  missed      {miss.Kind} {miss.Name}");
            foreach (var link in article.FalseLinks)
                writer.WriteLine(string.Format(c, "  false link  {0} {1} ({2:F2}: {3})",
                    link.Kind.ToString().ToLowerInvariant(), link.Slug, link.Confidence, link.Evidence));
        }
    }

    // An empty set is neither right nor wrong; report it as perfect rather than dividing by zero.
    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
