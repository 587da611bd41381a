using SpaceCoopNews.Tagging.Matching;

namespace SpaceCoopNews.Tagging.Tests.Matching;

public class TextNormalizerTests
{
    private static string Cased(string text, bool markdown = false)
    {
        var normalized = TextNormalizer.Normalize(text, markdown);
        return new string(normalized.Cased, 0, normalized.Length);
    }

    [Theory]
    [InlineData("NASAâ€™s plan", "NASA's plan")]
    [InlineData("Chang-DÃ­az", "Chang-Diaz")]
    [InlineData("â€œquotedâ€\u009d", "\"quoted\"")]
    public void Mojibake_is_repaired(string input, string expected) => Assert.Equal(expected, Cased(input));

    [Theory]
    [InlineData("Apollo–Soyuz", "Apollo-Soyuz")]
    [InlineData("Soyuz\u00A0MS\u201125", "Soyuz MS-25")]
    [InlineData("Krikalev’s", "Krikalev's")]
    [InlineData("Kri\u00ADkalev", "Krikalev")]
    public void Dashes_quotes_spaces_and_soft_hyphens_are_folded(string input, string expected) =>
        Assert.Equal(expected, Cased(input));

    [Fact]
    public void Line_end_hyphenation_is_joined() => Assert.Equal("cosmonaut Krikalev", Cased("cosmo-\nnaut Krikalev"));

    [Fact]
    public void Markdown_link_targets_and_code_are_blanked()
    {
        var text = Cased("See [the story](https://nasa.gov/ISS) and `ISS` and\n```\nESA\n```\nend", markdown: true);
        Assert.DoesNotContain("nasa.gov", text);
        Assert.DoesNotContain("ISS", text);
        Assert.DoesNotContain("ESA", text);
        Assert.Contains("the story", text);
    }

    [Fact]
    public void Offsets_map_back_to_the_original_text()
    {
        const string original = "The â€™ then NASA";
        var normalized = TextNormalizer.Normalize(original, markdown: false);
        var start = new string(normalized.Cased, 0, normalized.Length).IndexOf("NASA", StringComparison.Ordinal);
        var (from, length) = normalized.ToOriginal(start, start + 4);
        Assert.Equal("NASA", original.Substring(from, length));
    }
}
