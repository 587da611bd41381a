using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SpaceCoopNews.Web.Audit;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Pages.Account;

/// <summary>Sign-out is a POST (antiforgery-checked) so a link on another site cannot sign an editor out.</summary>
[Authorize]
public sealed class SignOutModel(SignInManager<EditorUser> signIn, AuditLog audit) : SitePageModel
{
    public void OnGet()
    {
        Meta.Title = "Sign out";
        Meta.NoIndex = true;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await audit.RecordAsync("account.sign-out", cancellationToken: cancellationToken);
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
