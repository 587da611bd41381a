namespace SpaceCoopNews.Tagging.Matching;

/// <summary>
/// Letter-case agreement between text and alias: acronyms (ESA, ISS) only in capitals, single
/// words as written or in headline capitals, multi-word names in any case. Only letters are
/// compared, so dash, space and dot variants of an alias share one rule.
/// </summary>
internal static class CaseFit
{
    public enum Result { Fail, Match, LowerCase }

    private static char UpperOf(char c) => char.IsAsciiLetterLower(c) ? (char)(c - ('a' - 'A')) : char.ToUpperInvariant(c);

    public static Result Of(AliasEntry entry, char[] text, int start, int end)
    {
        if (entry.Case == CaseRule.Insensitive) return Result.Match;
        var alias = entry.Cased;
        int a = 0, letters = 0;
        bool same = true, allUpper = true, allLower = true, capitalised = true;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (!char.IsLetter(c)) continue;
            while (a < alias.Length && !char.IsLetter(alias[a])) a++;
            if (a >= alias.Length) return Result.Fail;
            var expected = alias[a++];
            same &= c == expected;
            allUpper &= !char.IsLower(c);
            allLower &= !char.IsUpper(c);
            capitalised &= c == expected || (letters == 0 && c == UpperOf(expected));
            letters++;
        }
        if (same) return Result.Match;
        if (entry.Case == CaseRule.Exact) return Result.Fail;
        if (allUpper && letters >= 4 && entry.Role != AliasRole.Surname) return Result.Match;
        if (capitalised && entry.Role is AliasRole.Context or AliasRole.Blocker) return Result.Match;
        if (entry.Role == AliasRole.Context && allLower) return Result.Match;
        return allLower && entry.Role == AliasRole.Ambiguous ? Result.LowerCase : Result.Fail;
    }
}
