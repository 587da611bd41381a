using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SpaceCoopNews.Web.Accounts;

namespace SpaceCoopNews.Web.Tests.Infrastructure;

/// <summary>
/// Clients signed in through the real sign-in form (antiforgery token included), for tests of
/// anything behind /editor or /admin. Clients keep cookies and do not follow redirects, so a test
/// sees the 302 a browser would follow.
/// </summary>
public static partial class SignedInClients
{
    public const string Password = "correct horse battery staple";

    /// <summary>Creates an account in the role (Roles.Editor or Roles.Admin) and returns a client signed in as it.</summary>
    public static async Task<HttpClient> CreateSignedInClientAsync(this NewsAppFactory app, string role, string? email = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await app.CreateAccountAsync(email, role, Password);
        var client = app.CreateBrowserClient();
        var response = await client.SignInAsync(email, Password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in as {email} answered {(int)response.StatusCode}");
        return client;
    }

    /// <summary>A client that keeps cookies and does not follow redirects.</summary>
    public static HttpClient CreateBrowserClient(this NewsAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task CreateAccountAsync(this NewsAppFactory app, string email, string role, string password, bool mustChangePassword = false)
    {
        using var scope = app.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync(email, role, password, mustChangePassword);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password) =>
        client.SubmitFormAsync("/account/sign-in", new() { ["Form.Email"] = email, ["Form.Password"] = password });

    /// <summary>GETs the page holding the form, then POSTs the fields with its antiforgery token, as a browser does.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string formPage, Dictionary<string, string> fields, string? postTo = null)
    {
        var page = await client.GetAsync(formPage);
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {formPage} answered {(int)page.StatusCode}");
        var token = AntiforgeryToken(await page.Content.ReadAsStringAsync());
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(postTo ?? formPage, new FormUrlEncodedContent(form));
    }

    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "the page has no antiforgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
