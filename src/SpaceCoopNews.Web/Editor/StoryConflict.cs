using DiffPlex;
using DiffPlex.Chunkers;
using Microsoft.EntityFrameworkCore;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Editor;

/// <summary>
/// What an editor sees when their save lost the race: the newer version, how theirs differs from
/// it, and a merged form. A field changed on one side only takes that side; a body changed on both
/// sides is merged line by line when the changes do not touch the same lines; anything else keeps
/// the editor's text and is listed for them to settle by hand.
/// </summary>
public sealed record StoryConflict(
    StoryForm Theirs, string TheirsSavedBy, DateTime? TheirsSavedAt, StoryForm Mine,
    IReadOnlyList<RevisionComparison.FieldDiff> Differences, StoryForm Merged, IReadOnlyList<string> BothChanged)
{
    public static async Task<StoryConflict> BuildAsync(NewsDbContext db, Article current, StoryForm mine, CancellationToken cancellationToken)
    {
        var revisions = await db.ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == current.Id && (r.Version == mine.Version || r.Version == current.Version))
            .ToListAsync(cancellationToken);
        var startedFrom = revisions.FirstOrDefault(r => r.Version == mine.Version);
        var latest = revisions.FirstOrDefault(r => r.Version == current.Version);
        var theirs = StoryForm.From(current);
        var (merged, bothChanged) = Merge(startedFrom is null ? null : RevisionComparison.ToForm(startedFrom), theirs, mine);
        return new StoryConflict(theirs, latest?.SavedBy ?? "another editor", latest?.SavedAt, mine,
            RevisionComparison.Compare(theirs, mine), merged, bothChanged);
    }

    /// <summary>Three-way merge of the form; the result carries the newer version so saving it succeeds.</summary>
    public static (StoryForm Merged, IReadOnlyList<string> BothChanged) Merge(StoryForm? startedFrom, StoryForm theirs, StoryForm mine)
    {
        var merged = new StoryForm { Version = theirs.Version };
        var bothChanged = new List<string>();
        foreach (var field in StoryFields.All)
        {
            string? b = startedFrom is null ? null : field.Show(startedFrom), t = field.Show(theirs), m = field.Show(mine);
            if (t == m || (startedFrom is not null && m == b))
            {
                field.CopyFrom(merged, theirs);
            }
            else if (startedFrom is not null && t == b)
            {
                field.CopyFrom(merged, mine);
            }
            else if (field.Name == nameof(StoryForm.Body) && startedFrom is not null && MergeLines(b!, t!, m!) is { } body)
            {
                merged.Body = body;
            }
            else
            {
                field.CopyFrom(merged, mine);
                bothChanged.Add(field.Label);
            }
        }
        return (merged, bothChanged);
    }

    private static string? MergeLines(string startedFrom, string theirs, string mine)
    {
        var result = ThreeWayDiffer.Instance.CreateMerge(startedFrom, theirs, mine, ignoreWhiteSpace: false, ignoreCase: false, LineEndingsPreservingChunker.Instance);
        return result.IsSuccessful ? string.Concat(result.MergedPieces) : null;
    }
}
