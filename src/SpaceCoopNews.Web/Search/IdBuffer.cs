using System.Buffers;

namespace SpaceCoopNews.Web.Search;

/// <summary>A list of story ids in an array borrowed from the shared pool; Dispose gives it back.</summary>
public sealed class IdBuffer(int capacity) : IDisposable
{
    private int[] items = ArrayPool<int>.Shared.Rent(Math.Max(capacity, 16));

    public int Count { get; private set; }

    public ArraySegment<int> Segment => new(items, 0, Count);

    public static IdBuffer From(IEnumerable<int> ids)
    {
        var buffer = new IdBuffer(16);
        foreach (var id in ids)
        {
            buffer.Add(id);
        }
        return buffer;
    }

    public void Add(int id)
    {
        if (Count == items.Length)
        {
            var grown = ArrayPool<int>.Shared.Rent(items.Length * 2);
            Array.Copy(items, grown, Count);
            ArrayPool<int>.Shared.Return(items);
            items = grown;
        }
        items[Count++] = id;
    }

    /// <summary>Sorts the ids unless they already ascend.</summary>
    public void SortIfNeeded()
    {
        for (var i = 1; i < Count; i++)
        {
            if (items[i - 1] > items[i])
            {
                Array.Sort(items, 0, Count);
                return;
            }
        }
    }

    public void Clear() => Count = 0;

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(items);
        items = [];
        Count = 0;
    }
}
