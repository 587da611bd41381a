using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SpaceCoopNews.Web.Tests.Import;

/// <summary>
/// A tiny HTTP server on 127.0.0.1 and a free port, serving whatever each test tells it per path
/// and recording the requests it got (for conditional GET assertions).
/// </summary>
public sealed class FeedServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, Func<HttpListenerRequest, HttpListenerResponse, Task>> _routes = new();

    public ConcurrentQueue<(string Path, string? IfNoneMatch, string? IfModifiedSince)> Requests { get; } = new();

    public Uri BaseUri { get; }

    public FeedServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUri = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseUri.ToString());
        _listener.Start();
        _ = Task.Run(LoopAsync);
    }

    public Uri Url(string path) => new(BaseUri, path.TrimStart('/'));

    public void Route(string path, Func<HttpListenerRequest, HttpListenerResponse, Task> handler) => _routes["/" + path.TrimStart('/')] = handler;

    /// <summary>Serves a body, answering 304 when the client's validators match the ones given.</summary>
    public void Serve(string path, string body, string contentType = "application/rss+xml", string? etag = null, string? lastModified = null) =>
        Route(path, async (request, response) =>
        {
            if ((etag is not null && request.Headers["If-None-Match"] == etag)
                || (etag is null && lastModified is not null && request.Headers["If-Modified-Since"] == lastModified))
            {
                response.StatusCode = 304;
                return;
            }
            if (etag is not null)
            {
                response.Headers["ETag"] = etag;
            }
            if (lastModified is not null)
            {
                response.Headers["Last-Modified"] = lastModified;
            }
            response.ContentType = contentType;
            var bytes = Encoding.UTF8.GetBytes(body);
            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes);
        });

    public void Redirect(string path, string location) => Route(path, (_, response) =>
    {
        response.StatusCode = 302;
        response.Headers["Location"] = location;
        return Task.CompletedTask;
    });

    public int RequestsTo(string path) => Requests.Count(r => r.Path == "/" + path.TrimStart('/'));

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        Requests.Enqueue((path, context.Request.Headers["If-None-Match"], context.Request.Headers["If-Modified-Since"]));
        try
        {
            if (_routes.TryGetValue(path, out var handler))
            {
                await handler(context.Request, context.Response);
            }
            else
            {
                context.Response.StatusCode = 404;
            }
            context.Response.Close();
        }
        catch (Exception)
        {
            // The client hung up (a refused oversized body, say); nothing to answer.
            context.Response.Abort();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }
}
