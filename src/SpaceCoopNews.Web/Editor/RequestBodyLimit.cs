using Microsoft.AspNetCore.Http.Features;

namespace SpaceCoopNews.Web.Editor;

/// <summary>
/// Caps every request body at 500 KB (a long story is far smaller). Announced lengths are refused
/// before reading; streamed bodies are cut by the server's limit. Either way the answer is the 413
/// status page, not an error page.
/// </summary>
public static class RequestBodyLimit
{
    public const long MaxBytes = 500 * 1024;

    public static IHostApplicationBuilder AddRequestBodyLimit(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = MaxBytes);
        builder.Services.Configure<FormOptions>(options => options.MultipartBodyLengthLimit = MaxBytes);
        return builder;
    }

    /// <summary>Inside the status code pages, so a 413 gets the site's page.</summary>
    public static WebApplication UseRequestBodyLimit(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            // The 413 page itself is re-executed with the same headers; it never reads the body.
            if (context.Request.ContentLength > MaxBytes && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = MaxBytes;
            }
            try
            {
                await next(context);
            }
            catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
            {
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            }
        });
        return app;
    }
}
