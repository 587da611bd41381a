using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Catalogue;

/// <summary>
/// The app with its sample stories but no background re-tagging: tests re-tag when they mean to
/// (RetagService.RetagAllAsync), so no pass started by another test changes links under them.
/// </summary>
public class CatalogueAppFactory : NewsAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Tagging:RetagInBackground", "false");
    }
}

/// <summary>The catalogue entry form, filled in as an editor's browser does.</summary>
public static partial class CatalogueForms
{
    public static Dictionary<string, string> Fields(string name, string kind = "Agency", string slug = "", string aliases = "", string description = "") => new()
    {
        ["Form.Kind"] = kind,
        ["Form.Name"] = name,
        ["Form.Slug"] = slug,
        ["Form.Aliases"] = aliases,
        ["Form.Description"] = description,
        ["Form.Country"] = "",
        ["Form.Role"] = "",
        ["Form.Dates"] = "",
    };

    /// <summary>Adds an entry through /editor/catalogue/new; returns its id.</summary>
    public static async Task<int> CreateEntryAsync(this HttpClient editor, Dictionary<string, string> fields)
    {
        var response = await editor.SubmitFormAsync("/editor/catalogue/new", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"saving answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return int.Parse(EntryId().Match(response.Headers.Location!.OriginalString).Groups[1].Value);
    }

    /// <summary>Opens the entry's edit form and saves it with the changes.</summary>
    public static async Task<HttpResponseMessage> EditEntryAsync(this HttpClient editor, int id, Dictionary<string, string> changes) =>
        await (await editor.OpenEntryAsync(id))(changes);

    /// <summary>
    /// Opens the entry's edit form now; the function returned saves it with changes later, as an
    /// editor who kept the page open would.
    /// </summary>
    public static async Task<Func<Dictionary<string, string>, Task<HttpResponseMessage>>> OpenEntryAsync(this HttpClient editor, int id)
    {
        var html = await editor.GetStringAsync($"/editor/catalogue/{id}");
        var opened = FormFields.Of(html, "form#entity-form");
        var token = SignedInClients.AntiforgeryToken(html);
        return async changes =>
        {
            var fields = new Dictionary<string, string>(opened);
            foreach (var (key, value) in changes)
            {
                fields[key] = value;
            }
            fields["__RequestVerificationToken"] = token;
            return await editor.PostAsync($"/editor/catalogue/{id}", new FormUrlEncodedContent(fields));
        };
    }

    /// <summary>Posts a merge as the merge page's button does (the token comes from a page that always has a form).</summary>
    public static Task<HttpResponseMessage> MergeAsync(this HttpClient admin, string keep, string merge) =>
        admin.SubmitFormAsync("/editor/catalogue/new", new() { ["keep"] = keep, ["merge"] = merge }, "/admin/catalogue/merge");

    [GeneratedRegex(@"/editor/catalogue/(\d+)")]
    private static partial Regex EntryId();
}
