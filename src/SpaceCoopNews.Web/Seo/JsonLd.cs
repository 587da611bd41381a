using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace SpaceCoopNews.Web.Seo;

/// <summary>
/// Serializes structured data for a <c>&lt;script type="application/ld+json"&gt;</c> block. The encoder
/// escapes &lt;, &gt; and &amp;, so no value (a title holding "&lt;/script&gt;") can end the block early.
/// </summary>
public static class JsonLd
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static string Serialize(object data) => JsonSerializer.Serialize(data, data.GetType(), Options);
}
