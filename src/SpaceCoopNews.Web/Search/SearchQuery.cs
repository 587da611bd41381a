using System.Globalization;
using System.Text;

namespace SpaceCoopNews.Web.Search;

/// <summary>One piece of what a reader typed: a word, a prefix, a quoted phrase, or an excluded word.</summary>
public sealed record QueryTerm(IReadOnlyList<string> Words, bool IsPrefix = false, bool IsPhrase = false, bool IsExcluded = false)
{
    /// <summary>Diacritic-folded, lowercase words, as catalogue names are compared.</summary>
    public string Normalized => string.Join(' ', Words.Select(SearchText.Fold));
}

/// <summary>
/// What a reader typed, parsed into terms that are always safe to hand to a full-text engine:
/// no operator, bracket or quote the reader typed ever reaches the engine as syntax.
/// </summary>
public sealed class SearchQuery
{
    public const int MaxLength = 500;
    public const int MaxTerms = 12;

    private SearchQuery(string text, IReadOnlyList<QueryTerm> terms, IReadOnlyList<string> notes)
    {
        Text = text;
        Terms = terms;
        Notes = notes;
    }

    public string Text { get; }
    public IReadOnlyList<QueryTerm> Terms { get; }

    /// <summary>Friendly remarks about what was ignored or shortened.</summary>
    public IReadOnlyList<string> Notes { get; }

    public bool IsEmpty => Terms.Count == 0;

    public bool HasPositiveTerms => Terms.Any(t => !t.IsExcluded);

    public static SearchQuery Parse(string? input)
    {
        var notes = new List<string>();
        var text = (input ?? "").Trim();
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
            if (char.IsHighSurrogate(text[^1]))
            {
                text = text[..^1];
            }
            notes.Add($"Your search was long, so only its first {MaxLength} characters were used.");
        }

        var terms = new List<QueryTerm>();
        var i = 0;
        var sawSymbolsOnly = false;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var excluded = false;
            if (text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                excluded = true;
                i++;
            }
            if (text[i] == '"')
            {
                // An unbalanced quote runs to the end of the query, as a reader would mean it.
                var end = text.IndexOf('"', i + 1);
                var inner = end < 0 ? text[(i + 1)..] : text[(i + 1)..end];
                i = end < 0 ? text.Length : end + 1;
                var words = SearchText.Words(inner);
                if (words.Count > 0)
                {
                    terms.Add(new QueryTerm(words, IsPhrase: words.Count > 1, IsExcluded: excluded));
                }
                continue;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
            {
                i++;
            }
            var token = text[start..i];
            var prefix = token.EndsWith('*');
            var tokenWords = SearchText.Words(token);
            if (tokenWords.Count == 0)
            {
                sawSymbolsOnly |= token.Length > 0;
                continue;
            }
            if (!excluded && tokenWords.Count == 1 && token is "AND" or "OR" or "NOT")
            {
                // Operators are not offered; every word a reader types must appear.
                continue;
            }
            terms.Add(new QueryTerm(tokenWords, IsPrefix: prefix, IsPhrase: tokenWords.Count > 1 && !prefix, IsExcluded: excluded));
        }

        if (terms.Count > MaxTerms)
        {
            terms = terms.Take(MaxTerms).ToList();
            notes.Add($"Only the first {MaxTerms} words of your search were used.");
        }
        if (terms.Count == 0 && text.Length > 0)
        {
            notes.Add(sawSymbolsOnly
                ? "Your search has no letters or digits to look for. Try a word such as an agency, mission or person."
                : "Type a word to search for.");
        }
        else if (terms.Count > 0 && terms.All(t => t.IsExcluded))
        {
            notes.Add("Add a word to look for: a search cannot only leave words out.");
        }
        return new SearchQuery(text, terms, notes);
    }
}

/// <summary>Word splitting and folding that agree with the full-text tokenizer (unicode61, diacritics removed).</summary>
public static class SearchText
{
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            // A mark belongs to the letter before it; alone (an emoji's variation selector) it is not a word.
            if (Rune.IsLetterOrDigit(rune) || (current.Length > 0 && category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }
        return words;
    }

    /// <summary>Lowercase with diacritics removed: "Roskosmós" and "roskosmos" compare equal.</summary>
    public static string Fold(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>A name or alias as a sequence of folded words joined by single spaces.</summary>
    public static string Key(string text) => string.Join(' ', Words(text).Select(Fold));
}
