using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Accounts;

/// <summary>Adds a claim while the account still has its initial password, so the app can send it to change it.</summary>
public sealed class EditorClaimsFactory(UserManager<EditorUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<EditorUser, IdentityRole>(users, roles, options)
{
    public const string MustChangePasswordClaim = "scn:must-change-password";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(EditorUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePasswordClaim, "true"));
        }
        return identity;
    }
}
