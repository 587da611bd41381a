namespace SpaceCoopNews.Tagging.Matching;

/// <summary>
/// Aho-Corasick automaton over every alias key, so a story is read once whatever the size of the
/// catalogue. Latin characters get a dense transition table (the hot path); the few scripts that
/// appear only in foreign-language aliases (Cyrillic, CJK, Arabic...) use sparse transitions so
/// they do not multiply the table's size.
/// </summary>
internal sealed class AliasAutomaton
{
    private const int DenseLimit = 0x250;

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
        _keyLength = keys.Select(k => k.Length).ToArray();
        _classOf = new ushort[char.MaxValue + 1];
        var dense = new SortedSet<char>(keys.SelectMany(k => k).Where(c => c < DenseLimit));
        var sparse = new SortedSet<char>(keys.SelectMany(k => k).Where(c => c >= DenseLimit));
        ushort next = 1;
        foreach (var c in dense) _classOf[c] = next++;
        _denseClasses = next;
        foreach (var c in sparse) _classOf[c] = next++;

        var trie = new List<Dictionary<ushort, int>> { new() };
        var keyAt = new List<int> { -1 };
        for (var k = 0; k < keys.Count; k++)
        {
            var state = 0;
            foreach (var c in keys[k])
            {
                var cls = _classOf[c];
                if (!trie[state].TryGetValue(cls, out var child))
                {
                    child = trie.Count;
                    trie[state][cls] = child;
                    trie.Add([]);
                    keyAt.Add(-1);
                }
                state = child;
            }
            keyAt[state] = k;
        }

        var states = trie.Count;
        _keyAt = keyAt.ToArray();
        _fail = new int[states];
        _outputLink = new int[states];
        _dense = new int[states * _denseClasses];
        _sparse = new Dictionary<long, int>();

        // Breadth-first, so a state's failure target is complete before the state itself.
        var queue = new Queue<int>();
        foreach (var (cls, child) in trie[0])
        {
            queue.Enqueue(child);
            if (cls < _denseClasses) _dense[cls] = child;
            else _sparse[Pack(0, cls)] = child;
        }
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            var fail = _fail[state];
            _outputLink[state] = _keyAt[fail] >= 0 ? fail : _outputLink[fail];
            Array.Copy(_dense, fail * _denseClasses, _dense, state * _denseClasses, _denseClasses);
            foreach (var (cls, child) in trie[state])
            {
                _fail[child] = cls < _denseClasses ? _dense[fail * _denseClasses + cls] : SparseStep(fail, cls);
                if (cls < _denseClasses) _dense[state * _denseClasses + cls] = child;
                else _sparse[Pack(state, cls)] = child;
                queue.Enqueue(child);
            }
        }
    }

    public int StateCount => _fail.Length;

    /// <summary>Approximate bytes held by the automaton's tables.</summary>
    public long MemoryBytes =>
        _classOf.Length * 2L + (_dense.Length + _fail.Length * 3L + _keyLength.Length) * 4L + _sparse.Count * 24L;

    /// <summary>Reports every key occurrence in text[0..length) as (key, start, end).</summary>
    public void Scan<TSink>(char[] text, int length, ref TSink sink) where TSink : struct, IKeySink
    {
        var classOf = _classOf;
        var dense = _dense;
        var width = _denseClasses;
        var keyAt = _keyAt;
        var state = 0;
        for (var i = 0; i < length; i++)
        {
            var cls = classOf[text[i]];
            state = cls < width ? dense[state * width + cls] : SparseStep(state, cls);
            if (state == 0) continue;
            var output = keyAt[state] >= 0 ? state : _outputLink[state];
            while (output > 0)
            {
                var key = keyAt[output];
                sink.Found(key, i + 1 - _keyLength[key], i + 1);
                output = _outputLink[output];
            }
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
