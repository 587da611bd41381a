using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace SpaceCoopNews.Web.Tests.Infrastructure;

/// <summary>The app (no sample stories) on a fake clock that tests move by hand.</summary>
public class FakeClockAppFactory : EmptyNewsAppFactory
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2030, 1, 15, 9, 0, 0, TimeSpan.Zero));

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
