using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace SpaceCoopNews.Web.Pages;

/// <summary>Shown for unhandled errors outside Development: a request id, never a stack trace.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : SitePageModel
{
    public string? RequestId { get; private set; }

    public void OnGet() => Handle();

    public void OnPost() => Handle();

    private void Handle()
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        Meta.Title = "Something went wrong";
        Meta.NoIndex = true;
    }
}
