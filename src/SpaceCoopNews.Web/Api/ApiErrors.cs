using Microsoft.AspNetCore.Diagnostics;

namespace SpaceCoopNews.Web.Api;

/// <summary>
/// Turns a request the API could not bind (a malformed number, a bad JSON body) into a 400 problem
/// that names what was wrong, instead of a bare status.
/// </summary>
public sealed class BadApiRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || !context.Request.Path.StartsWithSegments("/api"))
        {
            return false;
        }
        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = "The request is not valid",
                Detail = bad.Message,
            },
        });
    }
}
