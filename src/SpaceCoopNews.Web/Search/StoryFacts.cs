using Microsoft.Data.Sqlite;
using SpaceCoopNews.Web.Articles;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Search;

/// <summary>
/// What search keeps in memory about every story: from when readers may see it and which entities
/// it is linked to (rejected links left out). Filters, exact counts, facets and newest-first order
/// run over these arrays, so FTS5 is asked only for the words. Triggers append the id of every
/// story whose status, date or links change to the SearchChanges log in the same transaction as
/// the change; each search first applies what was logged since the previous one, so the facts are
/// never behind the database. See README "Search" for the figures this buys.
/// </summary>
public sealed partial class StoryFacts
{
    /// <summary>More changed stories than this since the last search: reading everything again is cheaper.</summary>
    private const int ReloadAbove = 20_000;

    /// <summary>The log is emptied of applied entries once it holds this many.</summary>
    private const int PruneAbove = 5_000;

    private const string LatestSql = "SELECT coalesce(max(Seq), 0) FROM SearchChanges";

    private readonly SemaphoreSlim catchUp = new(1, 1);
    private readonly ReaderWriterLockSlim gate = new();
    private long appliedSeq = -1;
    private long loggedSince;

    // Indexed by story id. VisibleFrom is long.MaxValue for a story readers may never see (or no story).
    private long[] visibleFrom = [];
    private int[][] links = [];
    private int maxId;

    // One more than the highest entity id any story is linked to.
    private int entityBound;

    // Counted up whenever the facts change; what was computed from them is kept with the count.
    private long version;

    /// <summary>How many stories visible from <c>At</c> until <c>Until</c> each entity is linked to.</summary>
    private sealed record VisibleCounts(long Version, long At, long Until, int[] Counts);

    private VisibleCounts? visibleCounts;

    /// <summary>The highest story id known (a story added since may be higher).</summary>
    public int LastId => Volatile.Read(ref maxId);

    /// <summary>
    /// Stories readers may see at <paramref name="now"/> that pass the filter, ascending by id.
    /// With <paramref name="matches"/> (ascending ids from the full-text index), only those are considered.
    /// </summary>
    public IdBuffer Select(ArraySegment<int>? matches, StoryFilter filter)
    {
        var now = filter.Now.Ticks;
        var from = filter.From?.Ticks ?? long.MinValue;
        var to = filter.To?.Ticks ?? long.MaxValue;
        var required = filter.Entities.ToArray();
        var excluded = filter.Excluded;
        var result = new IdBuffer(matches?.Count ?? maxId);
        gate.EnterReadLock();
        try
        {
            var count = matches?.Count ?? maxId;
            for (var i = 0; i < count; i++)
            {
                var id = matches is { } m ? m[i] : i + 1;
                if (id <= 0 || id > maxId)
                {
                    continue;
                }
                var visible = visibleFrom[id];
                if (visible > now || visible < from || visible >= to || (excluded is not null && excluded.Contains(id)))
                {
                    continue;
                }
                var linked = links[id];
                var all = true;
                for (var e = 0; e < required.Length && all; e++)
                {
                    all = Array.IndexOf(linked, required[e]) >= 0;
                }
                if (all)
                {
                    result.Add(id);
                }
            }
        }
        finally
        {
            gate.ExitReadLock();
        }
        return result;
    }

    /// <summary>
    /// How many of the stories (ascending ids that <see cref="Select"/> gave for
    /// <paramref name="filter"/>) are linked to each entity (by entity id).
    /// </summary>
    public Dictionary<int, int> CountEntities(ArraySegment<int> ids, StoryFilter filter)
    {
        // Half a million links for a broad search: a plain array indexed by entity id, no checks
        // beyond the bounds the runtime makes anyway. When an unfiltered search found most of the
        // stories readers can see, the counts over all of them (kept until the facts change or a
        // scheduled story appears) less those of the stories it did not find are fewer steps.
        int[] counts;
        gate.EnterReadLock();
        try
        {
            var now = filter.Now.Ticks;
            var unfiltered = filter is { From: null, To: null, Entities.Count: 0, Excluded: null };
            if (unfiltered && ids.Count > maxId / 2)
            {
                counts = CountAllVisible(now).Counts.ToArray();
                var found = 0;
                for (var id = 1; id <= maxId; id++)
                {
                    if (visibleFrom[id] > now)
                    {
                        continue;
                    }
                    if (found < ids.Count && ids[found] == id)
                    {
                        found++;
                        continue;
                    }
                    foreach (var entity in links[id])
                    {
                        counts[entity]--;
                    }
                }
            }
            else
            {
                counts = new int[entityBound];
                var all = links;
                foreach (var id in ids)
                {
                    if ((uint)id < (uint)all.Length)
                    {
                        foreach (var entity in all[id])
                        {
                            counts[entity]++;
                        }
                    }
                }
            }
        }
        finally
        {
            gate.ExitReadLock();
        }
        var result = new Dictionary<int, int>();
        for (var entity = 0; entity < counts.Length; entity++)
        {
            if (counts[entity] > 0)
            {
                result[entity] = counts[entity];
            }
        }
        return result;
    }

    /// <summary>Entity counts over every story visible at <paramref name="now"/>; call under the read lock.</summary>
    private VisibleCounts CountAllVisible(long now)
    {
        if (visibleCounts is { } kept && kept.Version == version && kept.At <= now && now < kept.Until)
        {
            return kept;
        }
        var counts = new int[entityBound];
        var until = long.MaxValue;
        for (var id = 1; id <= maxId; id++)
        {
            var visible = visibleFrom[id];
            if (visible > now)
            {
                // Visible later (scheduled): the counts hold until then. Never visible: long.MaxValue.
                until = Math.Min(until, visible);
                continue;
            }
            foreach (var entity in links[id])
            {
                counts[entity]++;
            }
        }
        var computed = new VisibleCounts(version, now, until, counts);
        visibleCounts = computed;
        return computed;
    }

    /// <summary>For ranking: each story's publication time and how many of the given entities it is linked to.</summary>
    public (long PublishedTicks, int Linked)[] RankFacts(IReadOnlyList<int> ids, IReadOnlyList<int> entities)
    {
        var result = new (long, int)[ids.Count];
        gate.EnterReadLock();
        try
        {
            for (var i = 0; i < ids.Count; i++)
            {
                var id = ids[i];
                var linked = 0;
                foreach (var entity in entities)
                {
                    linked += Array.IndexOf(LinksOf(id), entity) >= 0 ? 1 : 0;
                }
                result[i] = (VisibleFromOf(id), linked);
            }
        }
        finally
        {
            gate.ExitReadLock();
        }
        return result;
    }

    /// <summary>
    /// One page of the stories in reading order: newest first, the id breaking ties, as
    /// <see cref="ArticleQueries.NewestFirst"/>. Keeps only skip + take stories while scanning.
    /// </summary>
    public List<int> NewestFirst(ArraySegment<int> ids, int skip, int take)
    {
        var keep = skip + take;
        if (keep <= 0 || ids.Count == 0)
        {
            return [];
        }
        // A min-heap of the newest seen so far: its root is the oldest of them, the first to go.
        var heap = new PriorityQueue<int, (long Time, int Id)>(keep + 1);
        gate.EnterReadLock();
        try
        {
            foreach (var id in ids)
            {
                var key = (VisibleFromOf(id), id);
                if (heap.Count < keep)
                {
                    heap.Enqueue(id, key);
                }
                else if (heap.TryPeek(out _, out var oldest) && key.CompareTo(oldest) > 0)
                {
                    heap.DequeueEnqueue(id, key);
                }
            }
        }
        finally
        {
            gate.ExitReadLock();
        }
        var page = new List<int>(heap.Count);
        while (heap.Count > 0)
        {
            page.Add(heap.Dequeue());
        }
        page.Reverse();
        return page.Skip(skip).Take(take).ToList();
    }

    // Ids come from an earlier Select; a reload in between may have shrunk the arrays.
    private int[] LinksOf(int id) => id < links.Length ? links[id] : [];

    private long VisibleFromOf(int id) => id < visibleFrom.Length ? visibleFrom[id] : long.MaxValue;
}

/// <summary>What a story must satisfy besides the words: visible now, within the dates, linked to every entity.</summary>
public sealed record StoryFilter(DateTime Now, DateTime? From, DateTime? To, IReadOnlyList<int> Entities)
{
    /// <summary>Stories to leave out (the matches of excluded words when a query has no other words).</summary>
    public HashSet<int>? Excluded { get; init; }
}
