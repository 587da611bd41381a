using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace SpaceCoopNews.Web.Hosting;

/// <summary>
/// Deployed behind a reverse proxy that terminates TLS (README "Deploy"), the app must see the
/// reader's scheme and address, or absolute links say http://, and sign-in and API rate limits
/// count every reader as the proxy. X-Forwarded-For and X-Forwarded-Proto are believed only from
/// the proxies listed in ReverseProxy:KnownProxies (loopback by default), never from anyone else.
/// </summary>
public static class ReverseProxySetup
{
    public static IHostApplicationBuilder AddReverseProxySupport(this IHostApplicationBuilder builder)
    {
        var proxies = builder.Configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"ReverseProxy:KnownProxies: “{proxy}” is not an IP address."));
            }
        });
        return builder;
    }

    public static WebApplication UseReverseProxySupport(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }
}
