using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SpaceCoopNews.Web.Audit;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Pages.Account;

/// <summary>Replaces the password; required after an Admin set an initial one.</summary>
[Authorize]
public sealed class ChangePasswordModel(UserManager<EditorUser> users, SignInManager<EditorUser> signIn, AuditLog audit) : SitePageModel
{
    [BindProperty]
    public PasswordForm Form { get; set; } = new();

    public bool MustChange { get; private set; }
    public bool Changed { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        MustChange = user.MustChangePassword;
        Meta.Title = "Change your password";
        Meta.NoIndex = true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Meta.Title = "Change your password";
        Meta.NoIndex = true;
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        MustChange = user.MustChangePassword;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (Form.NewPassword == Form.CurrentPassword)
        {
            ModelState.AddModelError("Form.NewPassword", "Choose a password different from the current one.");
            return Page();
        }
        var result = await users.ChangePasswordAsync(user, Form.CurrentPassword, Form.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Form.CurrentPassword" : "Form.NewPassword";
                ModelState.AddModelError(field, error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "The current password is wrong." : error.Description);
            }
            return Page();
        }
        user.MustChangePassword = false;
        audit.Add("account.change-password", actor: user);
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        Changed = true;
        MustChange = false;
        return Page();
    }

    public sealed class PasswordForm
    {
        [Required(ErrorMessage = "Enter your current password.")]
        [StringLength(200)]
        [DataType(DataType.Password)]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Choose a new password.")]
        [StringLength(200, MinimumLength = 12, ErrorMessage = "Use at least 12 characters; a few unrelated words work well.")]
        [DataType(DataType.Password)]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Type the new password again.")]
        [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords differ.")]
        [DataType(DataType.Password)]
        public string ConfirmPassword { get; set; } = "";
    }
}
