using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace SpaceCoopNews.Web.Import;

/// <summary>A feed download: either "not modified" or a size-capped body with the validators to send next time.</summary>
public sealed record FetchResult(bool NotModified, byte[] Body, Uri FinalUri, string? ETag, string? LastModified);

/// <summary>
/// Downloads a feed with conditional GET, following redirects itself (loops and long chains are
/// named errors), refusing wrong content types and bodies over the size cap while streaming.
/// Retries with backoff and per-attempt timeouts come from the resilience handler on the client.
/// </summary>
public sealed class FeedFetcher(IHttpClientFactory clients, IOptions<ImportOptions> options)
{
    public const string ClientName = "feeds";

    public async Task<FetchResult> FetchAsync(Uri url, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limits.TotalTimeout);
        var client = clients.CreateClient(ClientName);
        var chain = new List<Uri> { url };
        try
        {
            while (true)
            {
                var current = chain[^1];
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.1");
                if (!string.IsNullOrEmpty(etag))
                {
                    request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                }
                if (!string.IsNullOrEmpty(lastModified))
                {
                    request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
                }
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
                if (IsRedirect(response.StatusCode))
                {
                    chain.Add(NextHop(chain, response, limits.MaxRedirects));
                    continue;
                }
                if (response.StatusCode == HttpStatusCode.NotModified)
                {
                    return new FetchResult(true, [], current, etag, lastModified);
                }
                if (!response.IsSuccessStatusCode)
                {
                    throw new FeedRejectedException($"{current} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
                }
                CheckContentType(response.Content.Headers.ContentType);
                var body = await ReadCappedAsync(response.Content, limits.MaxFeedBytes, deadline.Token);
                return new FetchResult(false, body, current, response.Headers.ETag?.ToString(),
                    response.Content.Headers.LastModified?.ToString("R"));
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FeedRejectedException($"Fetching {chain[^1]} took longer than {limits.TotalTimeout.TotalSeconds:0.#} seconds.");
        }
        catch (TimeoutRejectedException ex)
        {
            throw new FeedRejectedException($"{chain[^1]} did not answer within {limits.AttemptTimeout.TotalSeconds:0.#} seconds.", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new FeedRejectedException($"Could not fetch {chain[^1]}: {ex.Message}", ex);
        }
    }

    /// <summary>Media types a feed may come with; an HTML page, an image or plain text is refused. No type at all is sniffed.</summary>
    public static bool IsFeedMediaType(string? mediaType) =>
        string.IsNullOrEmpty(mediaType)
        || mediaType.EndsWith("/xml", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+xml", StringComparison.OrdinalIgnoreCase)
        || mediaType.EndsWith("/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    private static void CheckContentType(MediaTypeHeaderValue? contentType)
    {
        if (!IsFeedMediaType(contentType?.MediaType))
        {
            throw new FeedRejectedException($"The server sent {contentType?.MediaType}, not a feed (RSS, Atom or JSON Feed are XML or JSON).");
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static Uri NextHop(List<Uri> chain, HttpResponseMessage response, int maxRedirects)
    {
        var location = response.Headers.Location
            ?? throw new FeedRejectedException($"{chain[^1]} redirected without a Location header.");
        var next = location.IsAbsoluteUri ? location : new Uri(chain[^1], location);
        if (next.Scheme is not ("http" or "https"))
        {
            throw new FeedRejectedException($"{chain[^1]} redirected to a {next.Scheme}: URL; only http and https are followed.");
        }
        if (chain.Contains(next))
        {
            throw new FeedRejectedException($"Redirect loop: {string.Join(" → ", chain)} → {next}.");
        }
        if (chain.Count > maxRedirects)
        {
            throw new FeedRejectedException($"Too many redirects (more than {maxRedirects}), starting at {chain[0]}.");
        }
        return next;
    }

    private static async Task<byte[]> ReadCappedAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > maxBytes)
        {
            throw new FeedRejectedException($"The feed is {content.Headers.ContentLength:N0} bytes; the limit is {maxBytes:N0}.");
        }
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new FeedRejectedException($"The feed is larger than the limit of {maxBytes:N0} bytes; reading stopped there.");
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
