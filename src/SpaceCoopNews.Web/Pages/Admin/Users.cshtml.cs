using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Accounts;
using SpaceCoopNews.Web.Audit;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Pages.Admin;

/// <summary>Admins create accounts (with an initial password shown once), disable, enable and reset them.</summary>
public sealed class UsersModel(NewsDbContext db, UserManager<EditorUser> users, StaffAccounts accounts, AuditLog audit, TimeProvider clock) : SitePageModel
{
    public IReadOnlyList<UserRow> Accounts { get; private set; } = [];

    [BindProperty]
    public NewAccountForm Form { get; set; } = new();

    /// <summary>Shown once, after creating or resetting an account, for the Admin to pass on.</summary>
    public (string Email, string Password)? IssuedPassword { get; private set; }
    public string? Notice { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var email = Form.Email.Trim();
            var password = StaffAccounts.GenerateInitialPassword();
            var result = await accounts.CreateAsync(email, Form.Role, password, mustChangePassword: true);
            if (result.Succeeded)
            {
                await audit.RecordAsync("user.create", $"user:{email}", $"role {Form.Role}", cancellationToken: cancellationToken);
                IssuedPassword = (email, password);
                Form = new NewAccountForm();
                ModelState.Clear();
            }
            else
            {
                foreach (var error in result.Errors)
                {
                    ModelState.AddModelError("Form.Email", error.Code is "DuplicateEmail" or "DuplicateUserName"
                        ? "An account with this email already exists."
                        : error.Description);
                }
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        if (user.Id == users.GetUserId(User))
        {
            Notice = "You cannot disable your own account.";
        }
        else
        {
            await accounts.DisableAsync(user);
            await audit.RecordAsync("user.disable", $"user:{user.Email}", cancellationToken: cancellationToken);
            Notice = $"{user.Email} is disabled and signed out.";
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        await accounts.EnableAsync(user);
        await audit.RecordAsync("user.enable", $"user:{user.Email}", cancellationToken: cancellationToken);
        Notice = $"{user.Email} can sign in again.";
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostResetAsync(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        var password = StaffAccounts.GenerateInitialPassword();
        var result = await accounts.ResetPasswordAsync(user, password, mustChangePassword: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync("user.reset-password", $"user:{user.Email}", cancellationToken: cancellationToken);
            IssuedPassword = (user.Email!, password);
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Meta.Title = "Accounts";
        Meta.NoIndex = true;
        var roleNames = await db.UserRoles.AsNoTracking()
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var rolesByUser = roleNames.ToLookup(r => r.UserId, r => r.Name!);
        var rows = await db.Users.AsNoTracking().OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.Email, u.IsDisabled, u.MustChangePassword, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        Accounts = rows.Select(u => new UserRow(u.Id, u.Email ?? "", string.Join(", ", rolesByUser[u.Id].Order()), u.IsDisabled, u.MustChangePassword,
            !u.IsDisabled && u.LockoutEnd is { } end && end > clock.GetUtcNow())).ToList();
    }

    public sealed record UserRow(string Id, string Email, string Roles, bool IsDisabled, bool MustChangePassword, bool IsLockedOut);

    public sealed class NewAccountForm
    {
        [Required(ErrorMessage = "Enter the new editor's email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address such as name@example.org.")]
        [StringLength(256)]
        public string Email { get; set; } = "";

        [Required]
        [RegularExpression($"^({Roles.Editor}|{Roles.Admin})$", ErrorMessage = "Choose Editor or Admin.")]
        public string Role { get; set; } = Roles.Editor;
    }
}
