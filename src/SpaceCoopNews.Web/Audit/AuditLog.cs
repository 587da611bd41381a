using System.Security.Claims;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Audit;

/// <summary>
/// Records editorial and account actions. Entries are added to the caller's DbContext and saved
/// with the change they describe, so an action and its audit line commit together or not at all.
/// </summary>
public sealed class AuditLog(NewsDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    /// <summary>Adds an entry for the signed-in user, or for <paramref name="actor"/> when no one is signed in yet (sign-in).</summary>
    public void Add(string action, string? target = null, string? details = null, EditorUser? actor = null)
    {
        var user = http.HttpContext?.User;
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = actor?.Id ?? user?.FindFirstValue(ClaimTypes.NameIdentifier),
            UserName = actor?.Email ?? user?.Identity?.Name ?? "system",
            Action = action,
            Target = Truncate(target, 300),
            Details = Truncate(details, 2000),
        });
    }

    /// <summary>For actions with no other change to save (sign-in, sign-out).</summary>
    public async Task RecordAsync(string action, string? target = null, string? details = null, EditorUser? actor = null, CancellationToken cancellationToken = default)
    {
        Add(action, target, details, actor);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Truncate(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
