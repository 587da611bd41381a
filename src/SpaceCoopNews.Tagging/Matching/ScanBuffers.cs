using System.Buffers;

namespace SpaceCoopNews.Tagging.Matching;

/// <summary>
/// The per-story lists and coverage arrays of a scan, kept per thread and reused so that tagging a
/// story allocates little beyond its result. Take one with <see cref="Rent"/>, give it back with
/// <see cref="Return"/> once nothing refers to its lists; a nested call simply gets a fresh one.
/// </summary>
internal sealed class ScanBuffers
{
    [ThreadStatic] private static ScanBuffers? _cached;

    private readonly bool[]?[] _covered = new bool[]?[3];

    public List<Candidate> Hits { get; } = new(256);
    public List<Candidate> Kept { get; } = new(256);
    public List<Candidate> Context { get; } = new(128);
    public List<Candidate> Close { get; } = [];

    public static ScanBuffers Rent()
    {
        var buffers = _cached ?? new ScanBuffers();
        _cached = null;
        return buffers;
    }

    public static void Return(ScanBuffers buffers)
    {
        buffers.Hits.Clear();
        buffers.Kept.Clear();
        buffers.Context.Clear();
        buffers.Close.Clear();
        for (var f = 0; f < buffers._covered.Length; f++)
        {
            if (buffers._covered[f] is { } covered) ArrayPool<bool>.Shared.Return(covered);
            buffers._covered[f] = null;
        }
        _cached = buffers;
    }

    /// <summary>A cleared coverage array of at least <paramref name="length"/> for field <paramref name="field"/>.</summary>
    public bool[] Covered(int field, int length)
    {
        var covered = _covered[field];
        if (covered is null || covered.Length < length)
        {
            if (covered is not null) ArrayPool<bool>.Shared.Return(covered);
            _covered[field] = covered = ArrayPool<bool>.Shared.Rent(Math.Max(length, 1));
        }
        Array.Clear(covered, 0, length);
        return covered;
    }
}
