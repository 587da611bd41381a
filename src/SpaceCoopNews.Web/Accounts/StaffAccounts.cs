using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Accounts;

/// <summary>Creating, disabling and resetting newsroom accounts; used by /admin/users and the create-admin command.</summary>
public sealed class StaffAccounts(UserManager<EditorUser> users, TimeProvider clock)
{
    /// <summary>Creates an account in one role. Errors come back as Identity's messages (duplicate email, weak password).</summary>
    public async Task<IdentityResult> CreateAsync(string email, string role, string password, bool mustChangePassword)
    {
        if (!Roles.All.Contains(role))
        {
            return IdentityResult.Failed(new IdentityError { Code = "UnknownRole", Description = $"Unknown role {role}." });
        }
        var user = new EditorUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            MustChangePassword = mustChangePassword,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created;
        }
        return await users.AddToRoleAsync(user, role);
    }

    /// <summary>Ends the account's sessions (new security stamp) and blocks sign-in until enabled again.</summary>
    public async Task DisableAsync(EditorUser user)
    {
        user.IsDisabled = true;
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
    }

    public async Task EnableAsync(EditorUser user)
    {
        user.IsDisabled = false;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        await users.UpdateAsync(user);
    }

    /// <summary>Sets a new initial password that the owner must change at the next sign-in.</summary>
    public async Task<IdentityResult> ResetPasswordAsync(EditorUser user, string password, bool mustChangePassword)
    {
        await users.RemovePasswordAsync(user);
        var result = await users.AddPasswordAsync(user, password);
        if (result.Succeeded)
        {
            user.MustChangePassword = mustChangePassword;
            user.LockoutEnd = user.IsDisabled ? DateTimeOffset.MaxValue : null;
            user.AccessFailedCount = 0;
            await users.UpdateAsync(user);
            await users.UpdateSecurityStampAsync(user);
        }
        return result;
    }

    /// <summary>Four random groups of five letters and digits (about 100 bits), easy to read aloud.</summary>
    public static string GenerateInitialPassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        var groups = Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(alphabet, 5));
        return string.Join('-', groups);
    }
}
