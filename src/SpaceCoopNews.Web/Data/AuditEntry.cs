namespace SpaceCoopNews.Web.Data;

/// <summary>One editorial or account action: who did what to which record, and when.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? UserId { get; set; }

    /// <summary>The account's email at the time, kept even if the account changes later.</summary>
    public required string UserName { get; set; }

    /// <summary>Dotted verb such as "article.save" or "user.disable".</summary>
    public required string Action { get; set; }

    /// <summary>What was acted on, e.g. "article:12" or "user:editor@example.org".</summary>
    public string? Target { get; set; }
    public string? Details { get; set; }
}
