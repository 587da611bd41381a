using System.Net;
using SpaceCoopNews.Web.Accounts;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Accounts;

public class SignInTests(EmptyNewsAppFactory app) : IClassFixture<EmptyNewsAppFactory>
{
    [Fact]
    public async Task Signing_in_sets_a_secure_httponly_samesite_cookie_and_opens_the_newsroom()
    {
        await app.CreateAccountAsync("cookie@example.org", Roles.Editor, SignedInClients.Password);
        var client = app.CreateBrowserClient();

        var response = await client.SignInAsync("cookie@example.org", SignedInClients.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/editor", response.Headers.Location!.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("scn.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/editor")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_returns_to_the_page_asked_for_but_never_to_another_site()
    {
        await app.CreateAccountAsync("return@example.org", Roles.Editor, SignedInClients.Password);
        var fields = new Dictionary<string, string> { ["Form.Email"] = "return@example.org", ["Form.Password"] = SignedInClients.Password };

        var local = await app.CreateBrowserClient().SubmitFormAsync("/account/sign-in?ReturnUrl=%2Feditor%3Fstatus%3DDraft", new(fields) { ["ReturnUrl"] = "/editor?status=Draft" });
        var foreign = await app.CreateBrowserClient().SubmitFormAsync("/account/sign-in", new(fields) { ["ReturnUrl"] = "https://evil.example/" });

        Assert.Equal("/editor?status=Draft", local.Headers.Location!.OriginalString);
        Assert.Equal("/editor", foreign.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_wrong_password_shows_a_message_and_no_cookie()
    {
        await app.CreateAccountAsync("wrong@example.org", Roles.Editor, SignedInClients.Password);
        var client = app.CreateBrowserClient();

        var response = await client.SignInAsync("wrong@example.org", "not the password at all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The email or password is wrong.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/editor")).StatusCode);
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_even_for_the_right_password()
    {
        await app.CreateAccountAsync("lockout@example.org", Roles.Editor, SignedInClients.Password);
        var client = app.CreateBrowserClient();
        for (var i = 0; i < 4; i++)
        {
            Assert.Contains("The email or password is wrong.", await (await client.SignInAsync("lockout@example.org", $"guess number {i} wrong")).Content.ReadAsStringAsync());
        }

        var fifth = await client.SignInAsync("lockout@example.org", "guess number 5 wrong");
        var rightPassword = await client.SignInAsync("lockout@example.org", SignedInClients.Password);

        Assert.Contains("locked", await fifth.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, rightPassword.StatusCode);
        Assert.Contains("locked", await rightPassword.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/editor")).StatusCode);
    }

    [Fact]
    public async Task An_initial_password_must_be_changed_before_the_newsroom_opens()
    {
        await app.CreateAccountAsync("fresh@example.org", Roles.Editor, "initial password 1234", mustChangePassword: true);
        var client = app.CreateBrowserClient();

        var signIn = await client.SignInAsync("fresh@example.org", "initial password 1234");
        var blocked = await client.GetAsync("/editor");
        var changed = await client.SubmitFormAsync("/account/change-password", new()
        {
            ["Form.CurrentPassword"] = "initial password 1234",
            ["Form.NewPassword"] = "my own long passphrase",
            ["Form.ConfirmPassword"] = "my own long passphrase",
        });
        var open = await client.GetAsync("/editor");

        Assert.Equal("/account/change-password", signIn.Headers.Location!.OriginalString);
        Assert.Equal("/account/change-password", blocked.Headers.Location!.OriginalString);
        Assert.Contains("Your password has been changed", await changed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
    }

    [Fact]
    public async Task A_too_short_new_password_gets_a_message_by_the_field()
    {
        var client = await app.CreateSignedInClientAsync(Roles.Editor);

        var response = await client.SubmitFormAsync("/account/change-password", new()
        {
            ["Form.CurrentPassword"] = SignedInClients.Password,
            ["Form.NewPassword"] = "short",
            ["Form.ConfirmPassword"] = "short",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Use at least 12 characters", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Sign_out_is_a_post_that_ends_the_session()
    {
        var client = await app.CreateSignedInClientAsync(Roles.Editor);

        var withoutToken = await client.PostAsync("/account/sign-out", new FormUrlEncodedContent([]));
        var stillIn = await client.GetAsync("/editor");
        var signOut = await client.SubmitFormAsync("/account/sign-out", []);
        var afterwards = await client.GetAsync("/editor");

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
    }
}

/// <summary>The app with a sign-in limit of three attempts a minute per IP.</summary>
public class StrictSignInAppFactory : EmptyNewsAppFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Accounts:SignInAttemptsPerMinute", "3");
    }
}

public class SignInRateLimitTests(StrictSignInAppFactory app) : IClassFixture<StrictSignInAppFactory>
{
    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_address_get_429_with_retry_after()
    {
        var client = app.CreateBrowserClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync($"nobody{i}@example.org", "whatever password")).StatusCode);
        }

        var limited = await client.SignInAsync("nobody@example.org", "whatever password");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is set");
        var body = await limited.Content.ReadAsStringAsync();
        Assert.True(body.Contains("Too many requests"), body);
    }
}
