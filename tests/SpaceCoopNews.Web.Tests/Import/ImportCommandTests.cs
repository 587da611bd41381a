using Microsoft.Extensions.DependencyInjection;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Import;

namespace SpaceCoopNews.Web.Tests.Import;

/// <summary>`import &lt;file-or-url&gt;` on fixture files: plain output off a terminal, a summary line, nothing stored on failure.</summary>
public class ImportCommandTests(ImportAppFactory app) : IClassFixture<ImportAppFactory>
{
    [Fact]
    public async Task Importing_a_fixture_file_prints_the_summary_and_stores_tagged_drafts()
    {
        var (code, output, _) = await RunAsync(ImportAppFactory.Fixture("atom-stellar.xml"));

        Assert.Equal(0, code);
        Assert.Contains("Imported Atom 1.0 feed 'Stellar Wire': 3 new, 0 duplicate, 1 rejected.", output);
        Assert.Contains("rejected item 3: its link is relative to a javascript: base", output);
        var stored = app.WithDb(db => db.Articles.Where(a => a.SourceUrl!.StartsWith("https://stellar.example/"))
            .Select(a => new { a.Status, a.SourceName, Links = a.Entities.Count }).ToList());
        Assert.Equal(3, stored.Count);
        Assert.All(stored, a => Assert.Equal((ArticleStatus.Draft, "Stellar Wire"), (a.Status, a.SourceName)));
        Assert.Contains(stored, a => a.Links > 0);
    }

    [Fact]
    public async Task Running_it_again_counts_duplicates_and_publish_sets_stories_live()
    {
        var first = await RunAsync(ImportAppFactory.Fixture("json-rocketnotes.json"), "--publish");
        var second = await RunAsync(ImportAppFactory.Fixture("json-rocketnotes.json"), "--publish");

        Assert.Contains("2 new, 0 duplicate, 1 rejected", first.Output);
        Assert.Contains("0 new, 2 duplicate, 1 rejected", second.Output);
        Assert.All(app.WithDb(db => db.Articles.Where(a => a.SourceUrl!.StartsWith("https://rocketnotes.example/")).ToList()),
            a => Assert.Equal(ArticleStatus.Published, a.Status));
    }

    [Fact]
    public async Task A_broken_file_fails_with_a_message_and_stores_nothing()
    {
        var path = Path.Combine(app.Folder, "broken.xml");
        await File.WriteAllTextAsync(path, Rss.Feed(Rss.Item("Broken but valid item", "https://broken.example/1", "Mon, 01 Apr 2024 10:00:00 GMT"))[..^30]);
        var before = app.WithDb(db => db.Articles.Count());

        var (code, _, error) = await RunAsync(path);

        Assert.Equal(1, code);
        Assert.Contains("Import failed, nothing stored: The feed is not well-formed XML", error);
        Assert.Equal(before, app.WithDb(db => db.Articles.Count()));
    }

    [Fact]
    public async Task A_missing_argument_prints_usage()
    {
        var (code, _, error) = await RunAsync();

        Assert.Equal(2, code);
        Assert.Contains(ImportCommand.Usage, error);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var scope = app.Services.CreateScope();
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await ImportCommand.RunAsync(scope.ServiceProvider, args, output, error, interactive: false);
        return (code, output.ToString(), error.ToString());
    }
}
