using System.Text;
using SpaceCoopNews.Tagging.Evaluation;

namespace SpaceCoopNews.Tagging.Tests.Evaluation;

public class EvaluatorTests
{
    private const string Json = """
        [{"id":"a1","title":"NASA and Mars","body":"Ronald Sega and SpaceX. Sega spoke.","negative":false,
          "entities":[{"kind":"agency","name":"NASA","variants":["Nasa"]},
                      {"kind":"person","name":"Ronald Sega","variants":["Ron Sega"]},
                      {"kind":"mission","name":"STS 60","variants":[]}],
          "optional_entities":[{"kind":"agency","name":"SpaceX","variants":[]}]},
         {"id":"a2","title":"Nothing","body":"ESA","negative":true,"entities":[]}]
        """;

    private static EvaluationReport Report() =>
        Evaluator.Score(TestCatalogue.Tagger, EvaluationSet.Load(new MemoryStream(Encoding.UTF8.GetBytes(Json))));

    [Fact]
    public void Optional_entities_count_neither_way_and_misses_and_false_links_are_listed()
    {
        var report = Report();
        Assert.Equal(2, report.TruePositives);
        Assert.Equal(1, report.FalsePositives);
        Assert.Equal(1, report.FalseNegatives);
        Assert.Equal("STS 60", report.Articles[0].Misses.Single().Name);
        Assert.Equal("esa", report.Articles[1].FalseLinks.Single().Slug);
        Assert.Equal(2.0 / 3, report.Precision, 3);
        Assert.Equal(2.0 / 3, report.Recall, 3);
    }

    [Theory]
    [InlineData("STS-60", "sts 60")]
    [InlineData("Chang-Díaz", "chang diaz")]
    [InlineData("NASA’s SpaceX Crew-5", "nasas spacex crew 5")]
    [InlineData("U.S. space agency", "us space agency")]
    public void Names_are_compared_after_folding_case_dashes_apostrophes_and_punctuation(string name, string folded) =>
        Assert.Equal(folded, Evaluator.Fold(name));

    [Fact]
    public void Kind_must_match()
    {
        var link = new EntityLink(EntityKind.Mission, "nasa", "NASA", [], 1, [], "");
        Assert.False(Evaluator.Matches(link, new GoldEntity("agency", "NASA", null)));
    }

    [Fact]
    public void Report_prints_figures_and_errors()
    {
        var output = new StringWriter();
        Report().WriteTo(output);
        Assert.Contains("precision 0.667", output.ToString());
        Assert.Contains("missed      mission STS 60", output.ToString());
    }
}
