using System.Net;
using System.Text.RegularExpressions;
using SpaceCoopNews.Web.Accounts;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Editor;

public partial class SafetyTests(EmptyNewsAppFactory app) : IClassFixture<EmptyNewsAppFactory>
{
    /// <summary>Classic XSS vectors: raw HTML, event handlers, script URLs in every spelling, Markdown link forms.</summary>
    public static readonly string[] Vectors =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg/onload=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "[click](javascript&#58;alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](javascript:alert(1))",
        "[x](vbscript:msgbox(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "\"><script>alert(1)</script>",
        "'><img src=x onerror=alert(1)>",
        "<body onload=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<style>body{display:none}</style>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<<script>alert(1)//<</script>",
        "<input autofocus onfocus=alert(1)>",
        "<https://example.org/\" onmouseover=\"alert(1)>",
        "text{onclick=alert(1)}",
        "![x](https://example.org/x.png \"t\\\" onerror=\\\"alert(1)\")",
        "<base href=\"javascript:alert(1)//\">",
    ];

    [Fact]
    public async Task Xss_vectors_in_every_field_render_inert_on_every_page_that_shows_them()
    {
        Assert.True(Vectors.Length >= 20);
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var admin = await app.CreateSignedInClientAsync(Roles.Admin);
        var reader = app.CreateClient();
        for (var i = 0; i < Vectors.Length; i++)
        {
            var vector = Vectors[i];
            var fields = StoryForms.Fields($"Story {i} {vector}", $"Before {vector} after.\n\n{vector}", "Published", "2024-05-01T12:00");
            fields["Form.Summary"] = vector;
            fields["Form.Author"] = vector;
            fields["Form.SourceName"] = vector;
            fields["Form.SourceUrl"] = "https://example.org/?q=\"><script>alert(1)</script>";
            var id = await editor.CreateStoryAsync(fields);
            await editor.EditStoryAsync(id, new() { ["Form.Body"] = $"Changed {vector}" });
            var slug = app.WithDb(db => db.Articles.Single(a => a.Id == id).Slug);

            var pages = new Dictionary<string, HttpClient>
            {
                ["/"] = reader,
                [$"/articles/{slug}"] = reader,
                ["/editor"] = editor,
                [$"/editor/stories/{id}"] = editor,
                [$"/editor/stories/{id}/history?from=1&to=2"] = editor,
                [$"/editor/stories/{id}/entities"] = editor,
                ["/admin/audit"] = admin,
            };
            foreach (var (path, client) in pages)
            {
                var response = await client.GetAsync(path);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
                InertPage.AssertInert(await response.Content.ReadAsStringAsync(), $"vector {i} on {path}");
            }
            var preview = await editor.SubmitFormAsync("/editor/stories", fields, "/editor/stories?handler=Preview");
            InertPage.AssertInert(await preview.Content.ReadAsStringAsync(), $"vector {i} in the preview");
        }
    }

    [Theory]
    [InlineData("<p><img src=x onerror=alert(1)></p>")]
    [InlineData("<a href=\"java\tscript:alert(1)\">x</a>")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<p style=\"position:fixed\">x</p>")]
    public void The_page_check_itself_catches_injected_markup(string html) =>
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => InertPage.AssertInert(html, "sample"));

    [Fact]
    public async Task The_conflict_page_shows_hostile_text_inert()
    {
        var alice = await app.CreateSignedInClientAsync(Roles.Editor);
        var bob = await app.CreateSignedInClientAsync(Roles.Editor);
        var id = await alice.CreateStoryAsync(StoryForms.Fields("Conflict with hostile text", "Start."));
        var page = await alice.GetStringAsync($"/editor/stories/{id}");
        var stale = StoryForms.CurrentFields(page);
        stale["__RequestVerificationToken"] = SignedInClients.AntiforgeryToken(page);
        await bob.EditStoryAsync(id, new() { ["Form.Body"] = string.Join("\n", Vectors) });
        stale["Form.Body"] = string.Join("\n\n", Vectors.Reverse());
        stale["Form.Title"] = Vectors[0];

        var conflict = await alice.PostAsync($"/editor/stories/{id}", new FormUrlEncodedContent(stale));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        InertPage.AssertInert(await conflict.Content.ReadAsStringAsync(), "conflict page");
    }

    public static TheoryData<string> FormPosts =>
    [
        "/account/sign-in",
        "/account/sign-out",
        "/account/change-password",
        "/editor/stories",
        "/editor/stories?handler=Preview",
        "/editor/stories/{id}",
        "/editor/stories/{id}/history?handler=Restore&version=1",
        "/editor/stories/{id}/entities?handler=Add",
        "/editor/stories/{id}/entities?handler=Decide&entity=1&decision=Reject",
        "/admin/users?handler=Create",
        "/admin/users?handler=Disable&id=x",
        "/admin/users?handler=Enable&id=x",
        "/admin/users?handler=Reset&id=x",
    ];

    [Theory]
    [MemberData(nameof(FormPosts))]
    public async Task Every_form_rejects_a_post_without_the_antiforgery_token(string path)
    {
        var admin = await app.CreateSignedInClientAsync(Roles.Admin);
        var id = await admin.CreateStoryAsync(StoryForms.Fields($"Antiforgery {Guid.NewGuid():N}"));
        var before = app.WithDb(db => db.AuditEntries.Count());

        var response = await admin.PostAsync(path.Replace("{id}", id.ToString()), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Title"] = "Forged", ["Form.Email"] = "forged@example.org", ["Form.Role"] = "Admin", ["EntityName"] = "nasa",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, app.WithDb(db => db.AuditEntries.Count()));
    }

    [Fact]
    public async Task A_body_over_500_KB_gets_the_413_page_and_nothing_is_saved()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        var fields = StoryForms.Fields("Far too long", new string('x', 520 * 1024));

        var response = await editor.SubmitFormAsync("/editor/stories", fields);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("500 KB at most", await response.Content.ReadAsStringAsync());
        Assert.False(app.WithDb(db => db.Articles.Any(a => a.Title == "Far too long")));
    }

    [Fact]
    public async Task A_long_story_under_the_limit_saves()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);

        var id = await editor.CreateStoryAsync(StoryForms.Fields("Long but fine", string.Join("\n\n", Enumerable.Repeat("A paragraph about the station.", 8000))));

        Assert.True(id > 0);
    }

    [Fact]
    public async Task Every_editor_action_is_in_the_audit_log_with_who_and_what()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor, "auditor.subject@example.org");
        var id = await editor.CreateStoryAsync(StoryForms.Fields("Audit trail story", "NASA and Roscosmos."));
        await editor.EditStoryAsync(id, new() { ["Form.Body"] = "NASA and Roscosmos agree." });
        await editor.SubmitFormAsync($"/editor/stories/{id}/history", [], $"/editor/stories/{id}/history?handler=Restore&version=1");
        await editor.SubmitFormAsync($"/editor/stories/{id}/entities", new() { ["EntityName"] = "esa" }, $"/editor/stories/{id}/entities?handler=Add");
        var admin = await app.CreateSignedInClientAsync(Roles.Admin);

        var audit = await admin.GetStringAsync("/admin/audit");
        var actions = AuditRow().Matches(audit).Where(m => m.Groups[1].Value == "auditor.subject@example.org").Select(m => m.Groups[2].Value).ToList();

        Assert.Equal(["article.link.add", "article.save", "article.save", "article.create", "account.sign-in"], actions);
    }

    [GeneratedRegex(@"<td>([^<]+)</td>\s*<td><code>([^<]+)</code></td>")]
    private static partial Regex AuditRow();
}
