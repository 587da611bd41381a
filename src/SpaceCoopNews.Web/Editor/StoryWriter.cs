using System.Security.Claims;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Articles;
using SpaceCoopNews.Web.Audit;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Markdown;
using SpaceCoopNews.Web.Tagging;

namespace SpaceCoopNews.Web.Editor;

/// <summary>
/// Saves a story from the form: renders and sanitizes the Markdown once, checks the slug and the
/// version the editor started from, writes the story and its audit line in one transaction, then
/// clears reader caches and wakes the scheduler when needed. Every save also keeps a revision
/// and re-runs the tagger.
/// </summary>
public sealed class StoryWriter(
    NewsDbContext db, MarkdownRenderer markdown, AuditLog audit, TimeProvider clock,
    PublishedArticlesCache cache, ScheduledPublisher scheduler, StoryTagger tagger, IHttpContextAccessor http)
{
    /// <param name="note">Kept on the revision and in the audit log when the save is not a plain edit.</param>
    public async Task<SaveOutcome> SaveAsync(int? id, StoryForm form, CancellationToken cancellationToken, string? note = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Article article;
        if (id is null)
        {
            article = new Article { Slug = form.EffectiveSlug, Title = form.Title, CreatedAt = now };
            db.Articles.Add(article);
        }
        else
        {
            var found = await db.Articles.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (found is null)
            {
                return new SaveOutcome.NotFound();
            }
            if (found.Version != form.Version)
            {
                return new SaveOutcome.Conflict(found);
            }
            article = found;
        }
        var slug = form.EffectiveSlug;
        if (await db.Articles.AnyAsync(a => a.Slug == slug && a.Id != article.Id, cancellationToken))
        {
            return new SaveOutcome.SlugTaken(slug);
        }

        var wasVisible = IsVisible(article, now);
        await KeepOldSlugAsync(article, slug, wasVisible, cancellationToken);
        form.ApplyTo(article, markdown.ToHtml((form.Body ?? "").ReplaceLineEndings("\n")), now);
        article.UpdatedAt = now;
        article.Version = form.Version + 1;
        // Suggestions follow the new text; the tagger keeps the editors' decisions.
        await tagger.TagAsync(article, cancellationToken);
        if (id is not null)
        {
            // The row must still hold the version the editor started from, or the save fails.
            db.Entry(article).Property(a => a.Version).OriginalValue = form.Version;
        }
        var user = http.HttpContext?.User;
        db.ArticleRevisions.Add(ArticleRevision.Of(article, now, user?.FindFirstValue(ClaimTypes.NameIdentifier), user?.Identity?.Name ?? "system", note));
        audit.Add(id is null ? "article.create" : "article.save", $"article:{article.Slug}", note is null ? Describe(article) : $"{note}; {Describe(article)}");

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
            return current is null ? new SaveOutcome.NotFound() : new SaveOutcome.Conflict(current);
        }
        catch (DbUpdateException ex) when (ex.InnerException is SqliteException { SqliteErrorCode: 19 } sqlite && sqlite.Message.Contains("Slug", StringComparison.Ordinal))
        {
            db.ChangeTracker.Clear();
            return new SaveOutcome.SlugTaken(slug);
        }

        if (wasVisible || IsVisible(article, now))
        {
            await cache.EvictAsync(cancellationToken);
        }
        if (article.Status == ArticleStatus.Scheduled)
        {
            scheduler.Wake();
        }
        return new SaveOutcome.Saved(article);
    }

    /// <summary>
    /// Readers may have shared a published story's address: when its slug changes, the old slug
    /// redirects. A slug taken (back) by a story stops redirecting.
    /// </summary>
    private async Task KeepOldSlugAsync(Article article, string newSlug, bool wasVisible, CancellationToken cancellationToken)
    {
        var taken = await db.ArticleSlugRedirects.Where(r => r.OldSlug == newSlug).ToListAsync(cancellationToken);
        db.ArticleSlugRedirects.RemoveRange(taken);
        if (wasVisible && article.Slug != newSlug && !await db.ArticleSlugRedirects.AnyAsync(r => r.OldSlug == article.Slug, cancellationToken))
        {
            db.ArticleSlugRedirects.Add(new ArticleSlugRedirect { OldSlug = article.Slug, ArticleId = article.Id });
        }
    }

    private static bool IsVisible(Article article, DateTime now) =>
        article.Id != 0 && article.IsVisibleAt(now);

    private static string Describe(Article article) => article.Status switch
    {
        ArticleStatus.Scheduled => $"scheduled for {article.PublishedAt:yyyy-MM-dd HH:mm} UTC, version {article.Version}",
        ArticleStatus.Published => $"published, version {article.Version}",
        ArticleStatus.Archived => $"archived, version {article.Version}",
        _ => $"{(article.Workflow == ArticleWorkflow.InReview ? "in review" : "draft")}, version {article.Version}",
    };
}

/// <summary>What became of a save.</summary>
public abstract record SaveOutcome
{
    public sealed record Saved(Article Article) : SaveOutcome;

    public sealed record SlugTaken(string Slug) : SaveOutcome;

    /// <summary>Someone saved a newer version since the editor opened the form; nothing was written.</summary>
    public sealed record Conflict(Article Current) : SaveOutcome;

    public sealed record NotFound : SaveOutcome;
}
