using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using SpaceCoopNews.Web.Accounts;
using SpaceCoopNews.Web.Audit;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Pages.Account;

/// <summary>Email and password sign-in for editors and admins; locks an account after 5 failures.</summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimit.PolicyName)]
public sealed class SignInModel(SignInManager<EditorUser> signIn, UserManager<EditorUser> users, AuditLog audit, ILogger<SignInModel> logger) : SitePageModel
{
    [BindProperty]
    public SignInForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() => Meta.Title = "Sign in";

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Meta.Title = "Sign in";
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var email = Form.Email.Trim();
        var result = await signIn.PasswordSignInAsync(email, Form.Password, isPersistent: false, lockoutOnFailure: true);
        var user = await users.FindByEmailAsync(email);
        if (result.Succeeded && user is not null)
        {
            await audit.RecordAsync("account.sign-in", actor: user, cancellationToken: cancellationToken);
            if (user.MustChangePassword)
            {
                return LocalRedirect(AccountsSetup.ChangePasswordPath);
            }
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/editor");
        }
        if (result.IsLockedOut)
        {
            if (user is not null)
            {
                await audit.RecordAsync("account.locked-out", actor: user, cancellationToken: cancellationToken);
            }
            ModelState.AddModelError("", "This account is locked after too many failed attempts, or it has been disabled. Try again in 15 minutes or ask an administrator.");
            return Page();
        }
        logger.LogWarning("Failed sign-in for {Email}", email);
        ModelState.AddModelError("", "The email or password is wrong.");
        return Page();
    }

    public sealed class SignInForm
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address such as name@example.org.")]
        [StringLength(256)]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [StringLength(200)]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }
}
