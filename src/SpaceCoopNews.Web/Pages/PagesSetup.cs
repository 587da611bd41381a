using SpaceCoopNews.Web.Markdown;
using SpaceCoopNews.Web.Seed;

namespace SpaceCoopNews.Web.Pages;

/// <summary>Reader pages, their error pages and the services they need.</summary>
public static class PagesSetup
{
    public static IHostApplicationBuilder AddReaderPages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorPages();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddOptions<SeedOptions>().BindConfiguration("Seed");
        builder.Services.AddScoped<ArticleSeeder>();
        return builder;
    }

    public static WebApplication UseSiteErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }
        // HTML status pages for the site; the API answers with problem details instead.
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api"),
            site => site.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api"),
            api => api.UseStatusCodePages());
        return app;
    }
}
