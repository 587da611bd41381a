using AngleSharp.Html.Parser;

namespace SpaceCoopNews.Web.Tests.Infrastructure;

/// <summary>What a browser would post from a form as it stands: the fields' current values.</summary>
public static class FormFields
{
    /// <summary>The form's Form.* inputs, textareas and selected options, by name.</summary>
    public static Dictionary<string, string> Of(string html, string formSelector)
    {
        var form = new HtmlParser().ParseDocument(html).QuerySelector(formSelector)!;
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input[name^='Form.']"))
        {
            fields[input.GetAttribute("name")!] = input.GetAttribute("value") ?? "";
        }
        foreach (var area in form.QuerySelectorAll("textarea[name^='Form.']"))
        {
            // The HTML parser drops one newline after <textarea>, as browsers do.
            fields[area.GetAttribute("name")!] = area.TextContent.StartsWith('\n') ? area.TextContent[1..] : area.TextContent;
        }
        foreach (var select in form.QuerySelectorAll("select[name^='Form.']"))
        {
            fields[select.GetAttribute("name")!] = select.QuerySelector("option[selected]")?.GetAttribute("value") ?? select.QuerySelector("option")!.GetAttribute("value")!;
        }
        return fields;
    }
}
