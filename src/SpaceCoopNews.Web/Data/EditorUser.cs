using Microsoft.AspNetCore.Identity;

namespace SpaceCoopNews.Web.Data;

/// <summary>A newsroom account (Editor or Admin). There is no public sign-up: Admins create these.</summary>
public class EditorUser : IdentityUser
{
    /// <summary>Set for an initial password chosen by an Admin; the editor must replace it before working.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>An Admin switched the account off; it cannot sign in and its sessions end.</summary>
    public bool IsDisabled { get; set; }

    public DateTime CreatedAt { get; set; }
}
