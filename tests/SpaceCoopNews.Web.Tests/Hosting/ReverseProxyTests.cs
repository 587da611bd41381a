using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Hosting;

/// <summary>Behind a TLS-terminating proxy, links use the reader's scheme; nobody else can claim one.</summary>
public class ReverseProxyTests(ProxiedAppFactory app) : IClassFixture<ProxiedAppFactory>
{
    [Fact]
    public async Task Links_use_the_scheme_the_local_proxy_reports()
    {
        var robots = await SendAsync("127.0.0.1", "https");

        Assert.Contains("Sitemap: https://localhost/sitemap.xml", robots);
    }

    [Fact]
    public async Task A_forwarded_scheme_from_an_unknown_address_is_ignored()
    {
        var robots = await SendAsync("203.0.113.9", "https");

        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots);
    }

    private async Task<string> SendAsync(string remote, string forwardedProto)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/robots.txt");
        request.Headers.Add(ProxiedAppFactory.RemoteHeader, remote);
        request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        var response = await app.CreateClient().SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }
}

/// <summary>The app with the connection's remote address taken from a test header, as a real socket would give it.</summary>
public sealed class ProxiedAppFactory : EmptyNewsAppFactory
{
    public const string RemoteHeader = "X-Test-Remote-Address";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, RemoteAddressFilter>());
    }

    private sealed class RemoteAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[RemoteHeader].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
