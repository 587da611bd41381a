namespace SpaceCoopNews.Web.Accounts;

/// <summary>The newsroom's roles and the authorization policies built on them.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Editor = "Editor";

    /// <summary>Policy for everything under /editor: Editors and Admins.</summary>
    public const string CanEdit = "CanEdit";

    /// <summary>Policy for everything under /admin.</summary>
    public const string CanAdminister = "CanAdminister";

    public static readonly IReadOnlyList<string> All = [Admin, Editor];
}
