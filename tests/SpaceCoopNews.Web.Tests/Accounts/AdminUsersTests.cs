using System.Net;
using System.Text.RegularExpressions;
using SpaceCoopNews.Web.Accounts;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Accounts;

public partial class AdminUsersTests(EmptyNewsAppFactory app) : IClassFixture<EmptyNewsAppFactory>
{
    [Fact]
    public async Task An_admin_creates_an_editor_who_signs_in_with_the_initial_password_and_must_change_it()
    {
        var admin = await app.CreateSignedInClientAsync(Roles.Admin);

        var created = await admin.SubmitFormAsync("/admin/users", new() { ["Form.Email"] = "new.editor@example.org", ["Form.Role"] = Roles.Editor }, "/admin/users?handler=Create");
        var html = await created.Content.ReadAsStringAsync();
        var password = InitialPassword().Match(html).Groups[1].Value;
        var editor = app.CreateBrowserClient();
        var signIn = await editor.SignInAsync("new.editor@example.org", password);

        Assert.NotEmpty(password);
        Assert.Equal("/account/change-password", signIn.Headers.Location!.OriginalString);
        Assert.Contains("user.create", await admin.GetStringAsync("/admin/audit"));
    }

    [Fact]
    public async Task A_duplicate_email_gets_a_message_by_the_field()
    {
        await app.CreateAccountAsync("taken@example.org", Roles.Editor, SignedInClients.Password);
        var admin = await app.CreateSignedInClientAsync(Roles.Admin);

        var response = await admin.SubmitFormAsync("/admin/users", new() { ["Form.Email"] = "taken@example.org", ["Form.Role"] = Roles.Editor }, "/admin/users?handler=Create");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("An account with this email already exists.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Disabling_an_editor_ends_their_session_and_blocks_sign_in()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor, "soon.disabled@example.org");
        var admin = await app.CreateSignedInClientAsync(Roles.Admin);
        var id = app.WithDb(db => db.Users.Single(u => u.Email == "soon.disabled@example.org").Id);

        await admin.SubmitFormAsync("/admin/users", [], $"/admin/users?handler=Disable&id={id}");
        var session = await editor.GetAsync("/editor");
        var again = await app.CreateBrowserClient().SignInAsync("soon.disabled@example.org", SignedInClients.Password);

        Assert.Equal(HttpStatusCode.Redirect, session.StatusCode);
        Assert.Contains("disabled", await again.Content.ReadAsStringAsync());
        Assert.Contains("user.disable", await admin.GetStringAsync("/admin/audit"));
    }

    [Fact]
    public async Task There_is_no_public_sign_up()
    {
        var client = app.CreateBrowserClient();

        foreach (var path in new[] { "/account/register", "/account/sign-up", "/Identity/Account/Register" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        }
    }

    [GeneratedRegex("<output id=\"initial-password\"><code>([^<]+)</code>")]
    private static partial Regex InitialPassword();
}
