using System.Text;
using SpaceCoopNews.Tagging.Matching;

namespace SpaceCoopNews.Tagging.Evaluation;

/// <summary>
/// Scores the tagger against labelled stories exactly as eval/tagging/README.md says: a link is
/// right when its kind matches a gold entity and its name, slug or an alias equals the gold name
/// or a variant after folding; each gold entity counts once; links that only match an optional
/// entity count neither way; precision, recall and F1 are micro-averaged.
/// </summary>
public static class Evaluator
{
    public static EvaluationReport Score(Tagger tagger, IEnumerable<EvaluationArticle> articles)
    {
        var scores = new List<ArticleScore>();
        foreach (var article in articles)
        {
            var links = tagger.Tag(article.Title, null, article.Body).Entities;
            scores.Add(ScoreArticle(article, links));
        }
        return new EvaluationReport(scores);
    }

    public static ArticleScore ScoreArticle(EvaluationArticle article, IReadOnlyList<EntityLink> links)
    {
        var gold = article.Entities.ToList();
        var matched = new bool[gold.Count];
        var truePositives = 0;
        var falseLinks = new List<EntityLink>();
        // Links that can match only one gold entity go first, so a broader link does not take it.
        foreach (var link in links.OrderBy(l => gold.Count(g => Matches(l, g))))
        {
            var hit = Enumerable.Range(0, gold.Count).FirstOrDefault(i => !matched[i] && Matches(link, gold[i]), -1);
            if (hit >= 0)
            {
                matched[hit] = true;
                truePositives++;
            }
            else if (!(article.OptionalEntities ?? []).Any(o => Matches(link, o)))
            {
                falseLinks.Add(link);
            }
        }
        var misses = gold.Where((_, i) => !matched[i]).ToList();
        return new ArticleScore(article.Id, truePositives, falseLinks, misses);
    }

    /// <summary>Kind equal, and name, slug or an alias equal to the gold name or a variant after folding.</summary>
    public static bool Matches(EntityLink link, GoldEntity gold)
    {
        if (!string.Equals(link.Kind.ToString(), gold.Kind, StringComparison.OrdinalIgnoreCase)) return false;
        var accepted = (gold.Variants ?? []).Append(gold.Name).Select(Fold).ToHashSet(StringComparer.Ordinal);
        return link.Aliases.Append(link.Name).Append(link.Slug).Any(n => accepted.Contains(Fold(n)));
    }

    /// <summary>Lower case, no diacritics, dashes as spaces, apostrophes and other punctuation dropped.</summary>
    public static string Fold(string name)
    {
        var folded = new StringBuilder(name.Length);
        foreach (var raw in name)
        {
            var c = TextNormalizer.Fold(raw);
            if (char.IsLetterOrDigit(c)) folded.Append(char.ToLowerInvariant(c));
            else if ((c == ' ' || c == '-') && folded.Length > 0 && folded[^1] != ' ') folded.Append(' ');
        }
        return folded.ToString().TrimEnd();
    }
}
