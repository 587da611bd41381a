using Microsoft.AspNetCore.Mvc;

namespace SpaceCoopNews.Web.Pages;

/// <summary>
/// The page shown for 4xx answers (re-executed by the status code pages middleware). A failed
/// form post is re-executed as a POST, so the page answers POST too, without a token check.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : SitePageModel
{
    public int Code { get; private set; }

    public IActionResult OnGet(int code)
    {
        Code = code;
        Meta.Title = Heading;
        Meta.NoIndex = true;
        return Page();
    }

    public IActionResult OnPost(int code) => OnGet(code);

    public string Heading => Code switch
    {
        404 => "Page not found",
        400 => "That request did not make sense",
        403 => "Not allowed",
        405 => "Method not allowed",
        413 => "Too large",
        429 => "Too many requests",
        _ => "Something went wrong",
    };

    public string Explanation => Code switch
    {
        404 => "We could not find that page. The story may have been moved or unpublished.",
        400 => "Part of the address or form was not valid. Check it and try again.",
        403 => "Your account may not open this page.",
        413 => "What you sent is larger than we accept (500 KB at most). Shorten it, or split a long story in two, and try again.",
        429 => "You have sent many requests in a short time. Wait a moment and try again.",
        _ => "Please try again later.",
    };
}
