using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace SpaceCoopNews.Web.Import.Cleaning;

/// <summary>
/// Converts already sanitized HTML to Markdown, so an imported story is stored like one written
/// here (BodyMarkdown the editable source, BodyHtml rendered from it by the one MarkdownRenderer).
/// Keeps paragraphs, headings, lists, quotes, code, links, images and emphasis; drops the rest to text.
/// </summary>
internal sealed partial class HtmlToMarkdown
{
    /// <summary>Beyond this nesting, elements are kept as plain text: no recursion without a floor.</summary>
    private const int MaxDepth = 40;

    /// <summary>Stands for a &lt;br&gt; until whitespace is collapsed; control characters never survive from the text.</summary>
    private const char LineBreak = '\u0001';

    private static readonly HashSet<string> BlockElements =
    [
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "hr", "p", "div", "section",
        "article", "figure", "figcaption", "table", "tr", "dl", "dd", "dt", "li",
    ];

    private readonly List<string> _blocks = [];
    private StringBuilder _inline = new();
    private int _inlineOnly;

    public static string Convert(INode root) => Convert(root, 0);

    private static string Convert(INode root, int depth)
    {
        var converter = new HtmlToMarkdown();
        converter.Children(root, depth);
        converter.Flush();
        return string.Join("\n\n", converter._blocks);
    }

    private void Children(INode node, int depth)
    {
        foreach (var child in node.ChildNodes)
        {
            Node(child, depth + 1);
        }
    }

    private void Node(INode node, int depth)
    {
        if (node is IText text)
        {
            _inline.Append(Escape(Whitespace().Replace(ControlCharacters().Replace(text.Data, ""), " ")));
            return;
        }
        if (node is not IElement element)
        {
            return;
        }
        if (depth > MaxDepth)
        {
            _inline.Append(Escape(Whitespace().Replace(ControlCharacters().Replace(element.TextContent, ""), " ")));
            return;
        }
        if (_inlineOnly > 0 && BlockElements.Contains(element.LocalName))
        {
            // Inside a list item, heading or link, nested blocks flatten to text.
            _inline.Append(' ');
            Children(element, depth);
            _inline.Append(' ');
            return;
        }
        switch (element.LocalName)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                Flush();
                var heading = Inline(element, depth);
                if (heading.Length > 0)
                {
                    _blocks.Add(new string('#', element.LocalName[1] - '0') + " " + heading);
                }
                break;
            case "ul" or "ol":
                Flush();
                var number = 1;
                var items = element.Children.Where(c => c.LocalName == "li")
                    .Select(li => (element.LocalName == "ol" ? $"{number++}. " : "- ") + Inline(li, depth))
                    .Where(line => line.Trim().Length > 2);
                AddBlock(string.Join("\n", items));
                break;
            case "blockquote":
                Flush();
                var quoted = Convert(element, depth);
                AddBlock(string.Join("\n", quoted.Split('\n').Select(line => "> " + line)));
                break;
            case "pre":
                Flush();
                var code = element.TextContent.TrimEnd();
                var fence = new string('`', Math.Max(3, LongestRun(code, '`') + 1));
                AddBlock($"{fence}\n{code}\n{fence}");
                break;
            case "hr":
                Flush();
                _blocks.Add("---");
                break;
            case "br":
                _inline.Append(LineBreak);
                break;
            case "a":
                var label = Inline(element, depth);
                var href = element.GetAttribute("href");
                _inline.Append(IsSafeUrl(href) && label.Length > 0 ? $"[{label}]({EscapeUrl(href!)})" : label);
                break;
            case "img":
                var src = element.GetAttribute("src");
                if (IsSafeUrl(src))
                {
                    _inline.Append($"![{Escape(element.GetAttribute("alt") ?? "")}]({EscapeUrl(src!)})");
                }
                break;
            case "strong" or "b":
                Wrap(element, depth, "**");
                break;
            case "em" or "i":
                Wrap(element, depth, "*");
                break;
            case "code":
                var inlineCode = Whitespace().Replace(element.TextContent, " ");
                var ticks = new string('`', LongestRun(inlineCode, '`') + 1);
                _inline.Append($"{ticks} {inlineCode} {ticks}");
                break;
            case "p" or "div" or "section" or "article" or "figure" or "figcaption" or "table" or "tr" or "dl" or "dd" or "dt" or "li":
                Flush();
                Children(element, depth);
                Flush();
                break;
            case "td" or "th":
                Children(element, depth);
                _inline.Append(' ');
                break;
            default:
                Children(element, depth);
                break;
        }
    }

    private string Inline(IElement element, int depth)
    {
        var saved = _inline;
        _inline = new StringBuilder();
        _inlineOnly++;
        Children(element, depth);
        _inlineOnly--;
        var result = Whitespace().Replace(_inline.ToString().Replace(LineBreak, ' '), " ").Trim();
        _inline = saved;
        return result;
    }

    private void Wrap(IElement element, int depth, string marker)
    {
        var inner = Inline(element, depth);
        if (inner.Length > 0)
        {
            _inline.Append(' ').Append(marker).Append(inner).Append(marker).Append(' ');
        }
    }

    private void Flush()
    {
        var lines = Whitespace().Replace(_inline.ToString(), " ").Split(LineBreak).Select(l => l.Trim()).Where(l => l.Length > 0);
        AddBlock(string.Join("\\\n", lines));
        _inline.Clear();
    }

    private void AddBlock(string block)
    {
        if (!string.IsNullOrWhiteSpace(block))
        {
            _blocks.Add(block);
        }
    }

    private static bool IsSafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";

    private static string EscapeUrl(string url) =>
        url.Replace(" ", "%20").Replace("(", "%28").Replace(")", "%29").Replace("<", "%3C").Replace(">", "%3E");

    /// <summary>Escapes Markdown punctuation so feed text stays text (no accidental emphasis, links or HTML).</summary>
    internal static string Escape(string text) => MarkdownPunctuation().Replace(text, @"\$0");

    private static int LongestRun(string text, char c)
    {
        int longest = 0, current = 0;
        foreach (var ch in text)
        {
            current = ch == c ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }
        return longest;
    }

    [GeneratedRegex(@"[\\`*_\[\]<>#|~]|^[-+=](?=\s|$)|(?<=^\d+)\.(?=\s)")]
    private static partial Regex MarkdownPunctuation();

    [GeneratedRegex(@"[\x00-\x08\x0B\x0C\x0E-\x1F]")]
    private static partial Regex ControlCharacters();

    [GeneratedRegex(@"[ \t\r\n\f]+")]
    private static partial Regex Whitespace();
}
