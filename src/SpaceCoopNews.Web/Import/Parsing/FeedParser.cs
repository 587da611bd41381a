using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace SpaceCoopNews.Web.Import.Parsing;

/// <summary>
/// Reads RSS 2.0, Atom and JSON Feed from an already size-capped body. XML goes through an
/// XmlReader that refuses DTDs, resolves nothing external and limits characters and depth, so
/// entity expansion, external entities and deep nesting fail fast with a clear message.
/// </summary>
public sealed class FeedParser(ImportOptions options)
{
    private const int MaxCharactersFromEntities = 64 * 1024;

    /// <summary>Parses a feed; throws <see cref="FeedRejectedException"/> when the feed as a whole cannot be read.</summary>
    public RawFeed Parse(byte[] body, Uri? documentUri)
    {
        if (body.Length > options.MaxFeedBytes)
        {
            throw new FeedRejectedException($"The feed is {body.Length:N0} bytes; the limit is {options.MaxFeedBytes:N0}.");
        }
        return FirstSignificantChar(body) switch
        {
            '{' => JsonFeedReader.Read(body, documentUri, options.MaxDepth),
            '<' => ParseXml(body, documentUri),
            null => throw new FeedRejectedException("The feed is empty."),
            _ => throw new FeedRejectedException("The body is neither XML nor JSON, so it is not a feed."),
        };
    }

    private RawFeed ParseXml(byte[] body, Uri? documentUri)
    {
        CheckXml(body);
        XDocument document;
        using (var reader = XmlReader.Create(new MemoryStream(body), ReaderSettings()))
        {
            document = XDocument.Load(reader);
        }
        var root = document.Root!;
        return root.Name switch
        {
            { LocalName: "rss", NamespaceName: "" } => RssReader.Read(root, documentUri),
            { LocalName: "feed" } when root.Name.Namespace == AtomReader.Atom => AtomReader.Read(root, documentUri),
            _ => throw new FeedRejectedException($"The XML root element is <{root.Name.LocalName}>; only RSS 2.0 (<rss>) and Atom (<feed>) are understood."),
        };
    }

    /// <summary>A streaming pass before loading: rejects DTDs, malformed XML and nesting deeper than the cap cheaply.</summary>
    private void CheckXml(byte[] body)
    {
        var sawRoot = false;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body), ReaderSettings());
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    sawRoot = true;
                    if (reader.Depth >= options.MaxDepth)
                    {
                        throw new FeedRejectedException($"The XML nests deeper than {options.MaxDepth} levels (line {((IXmlLineInfo)reader).LineNumber}); real feeds never do.");
                    }
                }
            }
        }
        catch (XmlException ex)
        {
            if (!sawRoot && ContainsDoctype(body))
            {
                throw new FeedRejectedException("The feed declares a DTD (<!DOCTYPE>), which is refused: DTDs carry entity expansion and external entities.", ex);
            }
            throw new FeedRejectedException($"The feed is not well-formed XML (line {ex.LineNumber}, position {ex.LinePosition}): {ex.Message}", ex);
        }
    }

    private XmlReaderSettings ReaderSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = options.MaxFeedBytes,
        MaxCharactersFromEntities = MaxCharactersFromEntities,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    private static bool ContainsDoctype(byte[] body)
    {
        // UTF-16 feeds interleave zero bytes; dropping them lets one ASCII search cover both encodings.
        var head = Encoding.ASCII.GetString(body.AsSpan(0, Math.Min(body.Length, 64 * 1024)).ToArray().Where(b => b != 0).ToArray());
        return head.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
    }

    private static char? FirstSignificantChar(byte[] body)
    {
        foreach (var b in body)
        {
            // Skips whitespace, byte-order marks and the zero bytes of UTF-16.
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0 or 0xEF or 0xBB or 0xBF or 0xFE or 0xFF)
            {
                continue;
            }
            return (char)b;
        }
        return null;
    }
}
