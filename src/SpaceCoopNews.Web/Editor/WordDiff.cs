using System.Text.RegularExpressions;
using DiffPlex;
using DiffPlex.Chunkers;

namespace SpaceCoopNews.Web.Editor;

/// <summary>Word-level differences between two texts (DiffPlex over word, space and punctuation tokens).</summary>
public static partial class WordDiff
{
    public static IReadOnlyList<DiffPiece> Between(string? oldText, string? newText)
    {
        oldText ??= "";
        newText ??= "";
        if (oldText == newText)
        {
            return oldText.Length == 0 ? [] : [new DiffPiece(DiffKind.Same, oldText)];
        }
        var result = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, new CustomFunctionChunker(Tokenize));
        var pieces = new List<DiffPiece>();
        var at = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(pieces, DiffKind.Same, result.PiecesOld, at, block.DeleteStartA - at);
            Add(pieces, DiffKind.Removed, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(pieces, DiffKind.Added, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            at = block.DeleteStartA + block.DeleteCountA;
        }
        Add(pieces, DiffKind.Same, result.PiecesOld, at, result.PiecesOld.Count - at);
        return pieces;
    }

    public static bool HasChanges(IReadOnlyList<DiffPiece> pieces) => pieces.Any(p => p.Kind != DiffKind.Same);

    private static void Add(List<DiffPiece> pieces, DiffKind kind, IReadOnlyList<string> tokens, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }
        var text = string.Concat(tokens.Skip(start).Take(count));
        if (pieces.Count > 0 && pieces[^1].Kind == kind)
        {
            pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
        }
        else
        {
            pieces.Add(new DiffPiece(kind, text));
        }
    }

    private static string[] Tokenize(string text) => Token().Matches(text).Select(m => m.Value).ToArray();

    [GeneratedRegex(@"\s+|[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

public sealed record DiffPiece(DiffKind Kind, string Text);
