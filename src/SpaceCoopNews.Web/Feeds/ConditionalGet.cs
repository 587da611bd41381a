using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.Headers;
using Microsoft.Net.Http.Headers;

namespace SpaceCoopNews.Web.Feeds;

/// <summary>
/// Answers a generated document with validators (ETag from its bytes, Last-Modified from its newest
/// story) and a 304 when the client already has it, so feed readers polling often cost one small reply.
/// </summary>
public static class ConditionalGet
{
    public static IResult Respond(HttpContext context, byte[] body, string contentType, DateTimeOffset? lastModified, TimeSpan maxAge)
    {
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16))}\"", isWeak: true);
        // HTTP dates carry whole seconds; compare and send them that way.
        var modified = lastModified is { } m ? new DateTimeOffset(m.UtcTicks - m.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero) : (DateTimeOffset?)null;

        var response = context.Response.GetTypedHeaders();
        response.ETag = etag;
        response.LastModified = modified;
        response.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = maxAge };

        return IsNotModified(context.Request.GetTypedHeaders(), etag, modified)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(body, contentType);
    }

    private static bool IsNotModified(RequestHeaders request, EntityTagHeaderValue etag, DateTimeOffset? modified)
    {
        // If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 §13.2.2).
        if (request.IfNoneMatch is { Count: > 0 } candidates)
        {
            return candidates.Any(c => c.Equals(EntityTagHeaderValue.Any) || c.Compare(etag, useStrongComparison: false));
        }
        return modified is not null && request.IfModifiedSince is { } since && modified <= since;
    }
}
