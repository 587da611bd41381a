using System.Net;
using SpaceCoopNews.Web.Accounts;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Catalogue;

public class CatalogueAccessTests(CatalogueAppFactory app) : IClassFixture<CatalogueAppFactory>
{
    [Theory]
    [InlineData("/editor/catalogue")]
    [InlineData("/editor/catalogue/new")]
    [InlineData("/editor/catalogue/1")]
    [InlineData("/admin/catalogue/merge")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string path)
    {
        var response = await app.CreateBrowserClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Editors_edit_the_catalogue_but_get_403_on_merge()
    {
        var editor = await app.CreateSignedInClientAsync(Roles.Editor);
        await app.AddEntityAsync(EntityKind.Agency, "titan-agency", "Titan Agency");
        await app.AddEntityAsync(EntityKind.Agency, "titan-agency-2", "Titan Agency Two");
        var page = await editor.GetStringAsync("/editor/catalogue/new");

        var list = await editor.GetAsync("/editor/catalogue");
        var get = await editor.GetAsync("/admin/catalogue/merge?keep=titan-agency&merge=titan-agency-2");
        var post = await editor.PostAsync("/admin/catalogue/merge", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["keep"] = "titan-agency",
            ["merge"] = "titan-agency-2",
            ["__RequestVerificationToken"] = SignedInClients.AntiforgeryToken(page),
        }));

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.True(app.WithDb(db => db.Entities.Any(e => e.Slug == "titan-agency-2")));
        Assert.DoesNotContain("/admin/catalogue/merge", await editor.GetStringAsync("/editor/catalogue"));
    }

    [Fact]
    public async Task Merging_without_the_antiforgery_token_is_refused()
    {
        var admin = await app.CreateSignedInClientAsync(Roles.Admin);
        await app.AddEntityAsync(EntityKind.Agency, "enceladus-agency", "Enceladus Agency");
        await app.AddEntityAsync(EntityKind.Agency, "enceladus-agency-2", "Enceladus Agency Two");

        var response = await admin.PostAsync("/admin/catalogue/merge", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["keep"] = "enceladus-agency",
            ["merge"] = "enceladus-agency-2",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(app.WithDb(db => db.Entities.Any(e => e.Slug == "enceladus-agency-2")));
    }
}
