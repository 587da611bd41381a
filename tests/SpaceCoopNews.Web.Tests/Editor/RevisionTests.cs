using System.Net;
using SpaceCoopNews.Web.Accounts;
using SpaceCoopNews.Web.Editor;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Editor;

public class RevisionTests(EmptyNewsAppFactory app) : IClassFixture<EmptyNewsAppFactory>
{
    [Fact]
    public async Task Every_save_keeps_a_revision_with_who_and_when()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor, "historian@example.org");
        var id = await editor.CreateStoryAsync(StoryForms.Fields("Mir deorbit planned", "First text."));
        await editor.EditStoryAsync(id, new() { ["Form.Body"] = "Second text." });
        await editor.EditStoryAsync(id, new() { ["Form.Summary"] = "A summary now." });

        var history = await editor.GetStringAsync($"/editor/stories/{id}/history");

        Assert.Equal(3, app.WithDb(db => db.ArticleRevisions.Count(r => r.ArticleId == id)));
        Assert.Equal(3, CountOf(history, "historian@example.org"));
        var third = app.WithDb(db => db.ArticleRevisions.Single(r => r.ArticleId == id && r.Version == 3));
        Assert.Equal(("Second text.", "A summary now.", "Mir deorbit planned"), (third.BodyMarkdown, third.Summary, third.Title));
    }

    [Fact]
    public async Task The_history_shows_a_word_level_diff_between_any_two_versions()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var id = await editor.CreateStoryAsync(StoryForms.Fields("Soyuz docks", "The crew docked at Mir today."));
        await editor.EditStoryAsync(id, new() { ["Form.Body"] = "The crew undocked from Mir today." });
        await editor.EditStoryAsync(id, new() { ["Form.Title"] = "Soyuz undocks" });

        var latest = await editor.GetStringAsync($"/editor/stories/{id}/history");
        var firstToSecond = await editor.GetStringAsync($"/editor/stories/{id}/history?from=1&to=2");

        Assert.Contains("<del>docks</del><ins>undocks</ins>", latest);
        Assert.DoesNotContain("<ins>undocked</ins>", latest);
        Assert.Contains("<del>docked</del><ins>undocked</ins>", firstToSecond);
        Assert.Contains("<del>at</del><ins>from</ins>", firstToSecond);
    }

    [Fact]
    public async Task Restoring_a_revision_makes_a_new_revision()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var id = await editor.CreateStoryAsync(StoryForms.Fields("Restorable story", "Original wording."));
        await editor.EditStoryAsync(id, new() { ["Form.Body"] = "Regrettable wording." });

        var restore = await editor.SubmitFormAsync($"/editor/stories/{id}/history", [], $"/editor/stories/{id}/history?handler=Restore&version=1");

        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        var revisions = app.WithDb(db => db.ArticleRevisions.Where(r => r.ArticleId == id).OrderBy(r => r.Version).ToList());
        Assert.Equal([1, 2, 3], revisions.Select(r => r.Version));
        Assert.Equal("Original wording.", revisions[2].BodyMarkdown);
        Assert.Equal("restored version 1", revisions[2].Note);
        Assert.Equal("Original wording.", app.WithDb(db => db.Articles.Single(a => a.Id == id).BodyMarkdown));
    }

    [Theory]
    [InlineData("/editor/stories/999999/history")]
    [InlineData("/editor/stories/{id}/history?from=42&to=1")]
    public async Task Unknown_stories_or_versions_get_404(string path)
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var id = await editor.CreateStoryAsync(StoryForms.Fields($"History 404 {Guid.NewGuid():N}"));

        var response = await editor.GetAsync(path.Replace("{id}", id.ToString()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}

public class WordDiffTests
{
    [Theory]
    [InlineData("", "New text.")]
    [InlineData("Old text.", "")]
    [InlineData("Krikalev flew on STS-60.", "Sergei Krikalev flew on STS-60 in 1994.")]
    [InlineData("Line one\n\nLine two", "Line one\nLine 2\n\nLine three")]
    public void Pieces_rebuild_both_texts_exactly(string before, string after)
    {
        var pieces = WordDiff.Between(before, after);

        Assert.Equal(before, string.Concat(pieces.Where(p => p.Kind != DiffKind.Added).Select(p => p.Text)));
        Assert.Equal(after, string.Concat(pieces.Where(p => p.Kind != DiffKind.Removed).Select(p => p.Text)));
    }

    [Fact]
    public void Changed_words_are_marked_not_whole_lines()
    {
        var pieces = WordDiff.Between("The Soyuz docked at the ISS.", "The Soyuz undocked from the ISS.");

        Assert.Contains(new DiffPiece(DiffKind.Removed, "docked"), pieces);
        Assert.Contains(new DiffPiece(DiffKind.Added, "undocked"), pieces);
        Assert.Contains(pieces, p => p.Kind == DiffKind.Same && p.Text.Contains("The Soyuz"));
    }
}
