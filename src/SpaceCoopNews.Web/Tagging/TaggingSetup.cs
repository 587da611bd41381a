using SpaceCoopNews.Tagging;
using SpaceCoopNews.Web.Api;

namespace SpaceCoopNews.Web.Tagging;

/// <summary>The tagging service inside the web app: catalogue, tagger, re-tagging, preview API.</summary>
public static class TaggingSetup
{
    public static IHostApplicationBuilder AddTagging(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(_ => Catalogue.LoadEmbedded());
        builder.Services.AddSingleton<TaggerProvider>();
        builder.Services.AddScoped<StoryTagger>();
        builder.Services.AddScoped<CatalogueSeeder>();
        builder.Services.AddSingleton<RetagService>();
        if (builder.Configuration.GetValue("Tagging:RetagInBackground", true))
        {
            builder.Services.AddHostedService(services => services.GetRequiredService<RetagService>());
        }
        return builder;
    }

    public static WebApplication MapTagging(this WebApplication app)
    {
        app.MapTaggingApi();
        return app;
    }
}
