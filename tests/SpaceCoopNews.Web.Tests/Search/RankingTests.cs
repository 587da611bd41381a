using Microsoft.Data.Sqlite;
using SpaceCoopNews.Web.Articles;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Search;

/// <summary>
/// Searches are ranked with Search/FrequencyRank, which leaves out bm25's counting pass (and for
/// several terms takes the counts from Search/TermCounts). These tests hold its order to bm25's
/// own, computed by SQLite on the same index.
/// </summary>
public class RankingTests(SearchCorpus app) : IClassFixture<SearchCorpus>
{
    [Theory]
    [InlineData("station", "\"station\"")]
    [InlineData("\"space station\"", "\"space station\"")]
    [InlineData("\"quasar report\"", "\"quasar report\"")]
    [InlineData("mars -tgo", "(\"mars\") NOT \"tgo\"")]
    [InlineData("crew", "\"crew\"")]
    [InlineData("quasar", "\"quasar\"")]
    [InlineData("the crew", "(\"the\" AND \"crew\")")]
    [InlineData("the station", "(\"the\" AND \"station\")")]
    [InlineData("mars orbit -delayed", "(\"mars\" AND \"orbit\") NOT \"delayed\"")]
    public async Task A_search_is_in_bm25_order_then_newest_then_highest_id(string query, string fts)
    {
        var page = await app.ApiAsync("/api/v1/articles?limit=100&q=" + Uri.EscapeDataString(query));

        var expected = Bm25Order(fts);
        Assert.True(expected.Count >= 2, $"'{query}' should find several stories to order");
        Assert.Equal(expected, SearchCorpus.ApiSlugs(page));
    }

    private List<string> Bm25Order(string fts)
    {
        var scores = new Dictionary<int, double>();
        using (var connection = new SqliteConnection($"Data Source={app.DatabasePath}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT rowid, bm25(ArticleSearch, 10.0, 4.0, 1.0, 2.0) FROM ArticleSearch WHERE ArticleSearch MATCH $fts";
            command.Parameters.AddWithValue("$fts", fts);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                scores[reader.GetInt32(0)] = reader.GetDouble(1);
            }
        }
        var now = DateTime.UtcNow;
        var stories = app.WithDb(db => db.Articles.Where(a => scores.Keys.Contains(a.Id)).ToList());
        return stories.Where(a => a.IsVisibleAt(now))
            .OrderBy(a => scores[a.Id]).ThenByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Select(a => a.Slug)
            .ToList();
    }
}
