using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using SpaceCoopNews.Web.Feeds;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Articles;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Entities;

namespace SpaceCoopNews.Web.Pages.Entities;

/// <summary>Every agency, mission or person in the catalogue, with how many stories mention each.</summary>
[OutputCache(PolicyName = FeedCache.Policy)]
public sealed class IndexModel(NewsDbContext db, TimeProvider clock) : SitePageModel
{
    public EntityKind Kind { get; private set; }
    public IReadOnlyList<(EntityChip Chip, string? Role, int Stories)> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string section, CancellationToken cancellationToken)
    {
        if (EntitySection.KindOf(section) is not { } kind)
        {
            return NotFound();
        }
        Kind = kind;
        var now = clock.GetUtcNow().UtcDateTime;
        var visible = db.Articles.VisibleAt(now);
        var counts = await db.ArticleEntities
            .Where(l => l.State != LinkState.Rejected && l.Entity.Kind == kind && visible.Any(a => a.Id == l.ArticleId))
            .GroupBy(l => l.EntityId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var entities = await db.Entities.AsNoTracking().Where(e => e.Kind == kind)
            .Select(e => new { e.Id, e.Slug, e.Name, e.Role })
            .ToListAsync(cancellationToken);
        Entries = entities
            .Select(e => (new EntityChip(kind, e.Slug, e.Name), e.Role, counts.GetValueOrDefault(e.Id)))
            .OrderByDescending(e => e.Item3 > 0).ThenBy(e => e.Item1.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        Meta.Title = EntitySection.Heading(kind);
        Meta.Description = $"Every {EntitySection.Singular(kind)} SpaceCoopNews follows, with the number of stories about each.";
        Meta.CanonicalPath = $"/{section}";
        return Page();
    }
}
