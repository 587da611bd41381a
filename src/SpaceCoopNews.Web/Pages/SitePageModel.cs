using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SpaceCoopNews.Web.Pages;

/// <summary>Base for reader pages: typed head metadata for the layout instead of string-keyed ViewData.</summary>
public abstract class SitePageModel : PageModel
{
    public PageMeta Meta { get; } = new();
}

/// <summary>What the layout puts in the head: title, description, canonical URL, feeds, share metadata.</summary>
public sealed class PageMeta
{
    public string Title { get; set; } = "";
    public string Description { get; set; } = "Space news linked to the agencies, missions and people it mentions.";
    public string? CanonicalPath { get; set; }
    public List<(string Title, string Path, string Type)> Feeds { get; } = [];
    public bool NoIndex { get; set; }

    /// <summary>OpenGraph type: "website" for lists, "article" for a story.</summary>
    public string OpenGraphType { get; set; } = "website";

    /// <summary>Absolute URL of an image for link previews; without one, cards show text only.</summary>
    public string? ImageUrl { get; set; }

    /// <summary>UTC publication and last-edit times of a story (article:published_time, article:modified_time).</summary>
    public DateTime? PublishedTime { get; set; }

    public DateTime? ModifiedTime { get; set; }

    /// <summary>Topics of a story (its entities' names) for article:tag.</summary>
    public List<string> Tags { get; } = [];

    /// <summary>JSON-LD object rendered with <see cref="Seo.JsonLd"/> (never concatenated by hand).</summary>
    public object? StructuredData { get; set; }
}
