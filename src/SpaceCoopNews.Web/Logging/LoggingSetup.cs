using Serilog;

namespace SpaceCoopNews.Web.Logging;

/// <summary>Serilog from the "Serilog" configuration section: console plus a rolling file.</summary>
public static class LoggingSetup
{
    public static IHostApplicationBuilder AddSiteLogging(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }

    /// <summary>One line a request: method, path, status and elapsed milliseconds.</summary>
    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms");
        return app;
    }
}
