namespace SpaceCoopNews.Web.Pages.Editor;

/// <summary>The newsroom's story list.</summary>
public sealed class IndexModel : SitePageModel
{
    public void OnGet()
    {
        Meta.Title = "Stories";
        Meta.NoIndex = true;
    }
}
