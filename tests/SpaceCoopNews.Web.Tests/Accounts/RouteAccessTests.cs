using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SpaceCoopNews.Web.Accounts;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Accounts;

/// <summary>Every route under /editor and /admin, found from the app's own endpoints, so a new page is covered by itself.</summary>
public partial class RouteAccessTests(EmptyNewsAppFactory app) : IClassFixture<EmptyNewsAppFactory>
{
    private IReadOnlyList<string> RoutesUnder(string prefix)
    {
        _ = app.Server;
        var sources = app.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        var routes = sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Where(p => p.Equals(prefix, StringComparison.OrdinalIgnoreCase) || p.StartsWith(prefix + "/", StringComparison.OrdinalIgnoreCase))
            .Select(p => Parameter().Replace(p, "1"))
            .Distinct()
            .ToList();
        Assert.NotEmpty(routes);
        return routes;
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_from_every_editor_and_admin_route()
    {
        var client = app.CreateBrowserClient();
        foreach (var route in RoutesUnder("/editor").Concat(RoutesUnder("/admin")))
        {
            var response = await client.GetAsync(route);

            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{route} answered {(int)response.StatusCode}");
            Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Editors_get_403_on_every_admin_route()
    {
        var client = await app.CreateSignedInClientAsync(Roles.Editor);
        foreach (var route in RoutesUnder("/admin"))
        {
            var response = await client.GetAsync(route);

            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{route} answered {(int)response.StatusCode}");
            Assert.Contains("Not allowed", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Editors_and_admins_open_the_newsroom()
    {
        foreach (var role in Roles.All)
        {
            var client = await app.CreateSignedInClientAsync(role);

            var response = await client.GetAsync("/editor");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Admins_open_every_admin_page()
    {
        var client = await app.CreateSignedInClientAsync(Roles.Admin);
        foreach (var route in new[] { "/admin", "/admin/users", "/admin/audit" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(route)).StatusCode);
        }
    }

    [Fact]
    public async Task Posting_without_an_antiforgery_token_is_rejected()
    {
        var client = await app.CreateSignedInClientAsync(Roles.Admin);

        var response = await client.PostAsync("/admin/users?handler=Create",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.Email"] = "sneaky@example.org", ["Form.Role"] = Roles.Admin }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("That request did not make sense", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("sneaky@example.org", await (await client.GetAsync("/admin/users")).Content.ReadAsStringAsync());
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
