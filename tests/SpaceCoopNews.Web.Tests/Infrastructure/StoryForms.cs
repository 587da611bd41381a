using System.Net;
using System.Text.RegularExpressions;

namespace SpaceCoopNews.Web.Tests.Infrastructure;

/// <summary>Writing stories through the newsroom form, as an editor's browser does.</summary>
public static partial class StoryForms
{
    /// <summary>Form fields for a story; callers override what they test.</summary>
    public static Dictionary<string, string> Fields(string title, string body = "Body text.", string publication = "Unpublished", string? publishedAt = null) => new()
    {
        ["Form.Title"] = title,
        ["Form.Slug"] = "",
        ["Form.Summary"] = "",
        ["Form.Body"] = body,
        ["Form.SourceName"] = "",
        ["Form.SourceUrl"] = "",
        ["Form.Author"] = "",
        ["Form.PublishedAt"] = publishedAt ?? "",
        ["Form.Workflow"] = "Draft",
        ["Form.Publication"] = publication,
    };

    /// <summary>Creates a story from the "new story" form; returns its id.</summary>
    public static async Task<int> CreateStoryAsync(this HttpClient editor, Dictionary<string, string> fields)
    {
        var response = await editor.SubmitFormAsync("/editor/stories", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"saving answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return int.Parse(StoryId().Match(response.Headers.Location!.OriginalString).Groups[1].Value);
    }

    /// <summary>Opens the edit form (taking its version and token) and saves the fields over it.</summary>
    public static async Task<HttpResponseMessage> EditStoryAsync(this HttpClient editor, int id, Dictionary<string, string> changes)
    {
        var page = await editor.GetStringAsync($"/editor/stories/{id}");
        var fields = CurrentFields(page);
        foreach (var (key, value) in changes)
        {
            fields[key] = value;
        }
        fields["__RequestVerificationToken"] = SignedInClients.AntiforgeryToken(page);
        return await editor.PostAsync($"/editor/stories/{id}", new FormUrlEncodedContent(fields));
    }

    /// <summary>The values the edit form currently holds (inputs, textareas and selected options).</summary>
    public static Dictionary<string, string> CurrentFields(string html) => FormFields.Of(html, "form#story-form");

    /// <summary>The message shown beside a form field, or "" when there is none.</summary>
    public static string FieldError(string html, string field) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() ?? "";

    [GeneratedRegex(@"/editor/stories/(\d+)")]
    private static partial Regex StoryId();
}
