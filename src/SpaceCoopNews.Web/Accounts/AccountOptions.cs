namespace SpaceCoopNews.Web.Accounts;

/// <summary>Settings under "Accounts".</summary>
public sealed class AccountOptions
{
    /// <summary>Sign-in attempts (form posts) one IP address may make per minute.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 20;
}
