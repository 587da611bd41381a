using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SpaceCoopNews.Web.Pages;

/// <summary>Base for reader pages: typed head metadata for the layout instead of string-keyed ViewData.</summary>
public abstract class SitePageModel : PageModel
{
    public PageMeta Meta { get; } = new();
}

/// <summary>What the layout puts in the head: title, description, canonical URL, feeds.</summary>
public sealed class PageMeta
{
    public string Title { get; set; } = "";
    public string Description { get; set; } = "Space news linked to the agencies, missions and people it mentions.";
    public string? CanonicalPath { get; set; }
    public List<(string Title, string Path, string Type)> Feeds { get; } = [];
    public bool NoIndex { get; set; }
}
