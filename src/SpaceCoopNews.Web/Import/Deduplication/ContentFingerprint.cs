using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SpaceCoopNews.Web.Import.Deduplication;

/// <summary>Normalized title and a hash of title plus body: the same words, whatever the markup, case, accents or punctuation.</summary>
public static class ContentFingerprint
{
    public static string NormalizeTitle(string title)
    {
        var normalized = Normalize(title);
        return normalized.Length <= 300 ? normalized : normalized[..300];
    }

    public static string Hash(string title, string bodyText)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(title) + "\n" + Normalize(bodyText)));
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>Lowercase letters and digits separated by single spaces; diacritics and punctuation dropped.</summary>
    public static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var result = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && result.Length > 0)
                {
                    result.Append(' ');
                }
                result.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c is not ('\'' or '’'))
            {
                space = true;
            }
        }
        return result.ToString();
    }
}
