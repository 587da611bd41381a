using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Search;

/// <summary>
/// In a search of several words the rarer word weighs more (bm25's IDF). The counts behind that
/// weight are kept between searches (Search/TermCounts); an edit that makes the rare word common
/// must turn the order round at once.
/// </summary>
public class TermWeightTests(SearchAppFactory app) : IClassFixture<SearchAppFactory>
{
    [Fact]
    public async Task The_rarer_word_weighs_more_and_an_edit_that_changes_which_is_rarer_reorders_at_once()
    {
        var day = new DateTime(2021, 5, 1, 12, 0, 0, DateTimeKind.Utc);
        await app.AddArticleAsync("mostly-ion", "Alpha", "ion ion ion drive", day);
        await app.AddArticleAsync("mostly-drive", "Beta", "ion drive drive drive", day);
        var others = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            others.Add((await app.AddArticleAsync($"other-{i}", $"Other {i}", "A drive test.", day)).Id);
        }

        // "ion" is in 2 stories of 6, "drive" in all: the story with more "ion" comes first.
        Assert.Equal(["mostly-ion", "mostly-drive"], (await SearchAsync()).Take(2));
        Assert.Equal(await Bm25OrderAsync(), await SearchAsync());

        await app.ChangeAsync(async db =>
        {
            foreach (var story in await db.Articles.Where(a => others.Contains(a.Id)).ToListAsync())
            {
                story.BodyMarkdown = "An ion test.";
            }
        });

        // Now "drive" is the rarer word.
        Assert.Equal(["mostly-drive", "mostly-ion"], (await SearchAsync()).Take(2));
        Assert.Equal(await Bm25OrderAsync(), await SearchAsync());
    }

    /// <summary>The API's order for "ion drive" (first page).</summary>
    private async Task<List<string>> SearchAsync()
    {
        var page = System.Text.Json.JsonDocument.Parse(await app.CreateClient().GetStringAsync("/api/v1/articles?limit=100&q=ion+drive")).RootElement;
        return SearchCorpus.ApiSlugs(page);
    }

    /// <summary>The order of SQLite's own bm25 over the same index, then newest, then highest id.</summary>
    private async Task<List<string>> Bm25OrderAsync()
    {
        var scores = new Dictionary<int, double>();
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={app.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT rowid, bm25(ArticleSearch, 10.0, 4.0, 1.0, 2.0) FROM ArticleSearch WHERE ArticleSearch MATCH '(\"ion\" AND \"drive\")'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                scores[reader.GetInt32(0)] = reader.GetDouble(1);
            }
        }
        return app.WithDb(db => db.Articles.Where(a => scores.Keys.Contains(a.Id)).ToList())
            .OrderBy(a => scores[a.Id]).ThenByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Select(a => a.Slug).ToList();
    }
}
