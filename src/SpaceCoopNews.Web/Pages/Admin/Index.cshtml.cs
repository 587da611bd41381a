namespace SpaceCoopNews.Web.Pages.Admin;

/// <summary>Landing page of the admin area.</summary>
public sealed class IndexModel : SitePageModel
{
    public void OnGet()
    {
        Meta.Title = "Administration";
        Meta.NoIndex = true;
    }
}
