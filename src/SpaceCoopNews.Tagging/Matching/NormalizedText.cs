using System.Buffers;

namespace SpaceCoopNews.Tagging.Matching;

/// <summary>
/// A field folded for matching: <see cref="Cased"/> keeps letter case, <see cref="Keys"/> is the
/// lower-cased form the automaton reads; both map back to the original string.
/// </summary>
internal sealed class NormalizedText : IDisposable
{
    public NormalizedText(string original, char[] cased, char[] keys, int[] originStart, int[] originEnd, int length)
    {
        Original = original;
        Cased = cased;
        Keys = keys;
        OriginStart = originStart;
        OriginEnd = originEnd;
        Length = length;
    }

    public string Original { get; }
    public char[] Cased { get; }
    public char[] Keys { get; }
    public int[] OriginStart { get; }
    public int[] OriginEnd { get; }
    public int Length { get; }

    /// <summary>Returns the pooled buffers; the text must not be used afterwards.</summary>
    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(Cased);
        ArrayPool<char>.Shared.Return(Keys);
        ArrayPool<int>.Shared.Return(OriginStart);
        ArrayPool<int>.Shared.Return(OriginEnd);
    }

    public bool IsWordChar(int index) => index >= 0 && index < Length && char.IsLetterOrDigit(Keys[index]);

    /// <summary>The original text's offset and length behind the normalized range [start, end).</summary>
    public (int Start, int Length) ToOriginal(int start, int end)
    {
        var from = OriginStart[start];
        return (from, OriginEnd[end - 1] - from);
    }
}
