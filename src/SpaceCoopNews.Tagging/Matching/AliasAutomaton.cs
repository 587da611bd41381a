namespace SpaceCoopNews.Tagging.Matching;

/// <summary>
/// Aho-Corasick automaton over every alias key, so a story is read once whatever the size of the
/// catalogue. ASCII characters get a dense transition table (the hot path); the few characters
/// that appear only in foreign-language aliases (Cyrillic, CJK, Arabic...) use sparse transitions
/// so they do not multiply the table's size.
/// </summary>
internal sealed class AliasAutomaton
{
    private const int DenseLimit = 0x80;

    private readonly ushort[] _classOf;
    private readonly int _denseClasses;
    private readonly int[] _dense;
    private readonly Dictionary<long, int> _sparse;
    private readonly int[] _fail;
    private readonly int[] _keyAt;
    private readonly int[] _outputLink;
    private readonly int[] _keyLength;

    public AliasAutomaton(IReadOnlyList<string> keys)
    {
        _keyLength = new int[keys.Count];
        _classOf = new ushort[char.MaxValue + 1];
        var seen = new bool[char.MaxValue + 1];
        var longest = 0;
        for (var k = 0; k < keys.Count; k++)
        {
            _keyLength[k] = keys[k].Length;
            longest = Math.Max(longest, keys[k].Length);
            foreach (var c in keys[k]) seen[c] = true;
        }
        ushort next = 1;
        for (var c = 0; c < DenseLimit; c++) if (seen[c]) _classOf[c] = next++;
        _denseClasses = next;
        for (var c = DenseLimit; c < seen.Length; c++) if (seen[c]) _classOf[c] = next++;

        // States are created depth by depth, so shallow states (where running text spends most of
        // its time) sit together at the start of the table, and parents always precede children.
        // The goto function is written straight into the dense table (0 = no child: the root is
        // nobody's child), so Latin keys need no per-state dictionaries.
        var width = _denseClasses;
        // One state per distinct key prefix, counted up front so the large tables are allocated
        // once at their final size (growing them cost most of the build in copies and GC).
        var capacity = CountStates(keys);
        var dense = new int[capacity * width];
        var keyAt = new int[capacity];
        _sparse = new Dictionary<long, int>();
        var sparseChildren = new List<(int State, ushort Class, int Child)>();
        var current = new int[keys.Count];
        var states = 1;
        for (var depth = 0; depth < longest; depth++)
        {
            for (var k = 0; k < keys.Count; k++)
            {
                var key = keys[k];
                if (key.Length <= depth) continue;
                var state = current[k];
                var cls = _classOf[key[depth]];
                int child;
                if (cls < width)
                {
                    child = dense[state * width + cls];
                    if (child == 0) dense[state * width + cls] = child = states++;
                }
                else if (!_sparse.TryGetValue(Pack(state, cls), out child))
                {
                    _sparse[Pack(state, cls)] = child = states++;
                    sparseChildren.Add((state, cls, child));
                }
                current[k] = child;
                if (key.Length == depth + 1) keyAt[child] = k + 1;
            }
        }
        // keyAt was filled with key + 1 so that the zeroed array meant "no key"; shift back to -1 = none.
        for (var i = 0; i < keyAt.Length; i++) keyAt[i]--;
        _dense = dense;
        _keyAt = keyAt;
        _fail = new int[states];
        _outputLink = new int[states];
        var sparseByState = sparseChildren.ToLookup(x => x.State);

        // In creation order (breadth-first), a state's failure target is complete before the state
        // itself. A row holds only its own children when reached; the gaps inherit the failure row.
        for (var state = 0; state < states; state++)
        {
            var fail = _fail[state];
            if (state != 0) _outputLink[state] = _keyAt[fail] >= 0 ? fail : _outputLink[fail];
            var row = state * width;
            var failRow = fail * width;
            for (var cls = 1; cls < width; cls++)
            {
                var child = dense[row + cls];
                if (child > state) _fail[child] = state == 0 ? 0 : dense[failRow + cls];
                else if (state != 0) dense[row + cls] = dense[failRow + cls];
            }
            foreach (var (_, cls, child) in sparseByState[state])
                _fail[child] = state == 0 ? 0 : SparseStep(fail, cls);
        }

        // The hot loop follows row offsets rather than state numbers (no multiply per character),
        // and the sign bit says "some key ends here" (no second lookup per character).
        for (var i = 0; i < dense.Length; i++)
        {
            var target = dense[i];
            dense[i] = target * width | (HasOutput(target) ? int.MinValue : 0);
        }
    }

    /// <summary>The root plus every distinct non-empty prefix of the keys (keys are distinct).</summary>
    private static int CountStates(IReadOnlyList<string> keys)
    {
        var sorted = keys.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var states = 1;
        var previous = "";
        foreach (var key in sorted)
        {
            var shared = 0;
            var limit = Math.Min(previous.Length, key.Length);
            while (shared < limit && previous[shared] == key[shared]) shared++;
            states += key.Length - shared;
            previous = key;
        }
        return states;
    }

    private bool HasOutput(int state) => _keyAt[state] >= 0 || _outputLink[state] > 0;

    /// <summary>Approximate bytes held by the automaton's tables.</summary>
    public long MemoryBytes =>
        _classOf.Length * 2L + (_dense.Length + _fail.Length * 3L + _keyLength.Length) * 4L + _sparse.Count * 24L;

    /// <summary>Reports every key occurrence in text[0..length) as (key, start, end).</summary>
    public void Scan<TSink>(char[] text, int length, ref TSink sink) where TSink : struct, IKeySink
    {
        var classOf = _classOf;
        var dense = _dense;
        var width = _denseClasses;
        var row = 0;
        for (var i = 0; i < length; i++)
        {
            var cls = classOf[text[i]];
            int next;
            if (cls < width)
            {
                next = dense[row + cls];
            }
            else
            {
                var state = SparseStep(row / width, cls);
                next = state * width | (HasOutput(state) ? int.MinValue : 0);
            }
            row = next & int.MaxValue;
            if (next < 0) Report(row / width, i + 1, ref sink);
        }
    }

    private void Report<TSink>(int state, int end, ref TSink sink) where TSink : struct, IKeySink
    {
        var output = _keyAt[state] >= 0 ? state : _outputLink[state];
        while (output > 0)
        {
            var key = _keyAt[output];
            sink.Found(key, end - _keyLength[key], end);
            output = _outputLink[output];
        }
    }

    private int SparseStep(int state, ushort cls)
    {
        while (true)
        {
            if (_sparse.TryGetValue(Pack(state, cls), out var next)) return next;
            if (state == 0) return 0;
            state = _fail[state];
        }
    }

    private static long Pack(int state, ushort cls) => ((long)state << 16) | cls;
}

/// <summary>Receives automaton hits without allocating a delegate per story.</summary>
internal interface IKeySink
{
    void Found(int key, int start, int end);
}
