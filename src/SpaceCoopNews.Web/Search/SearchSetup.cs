namespace SpaceCoopNews.Web.Search;

/// <summary>Registers search: the catalogue and the stories' facts held in memory, and the SQLite FTS5 implementation.</summary>
public static class SearchSetup
{
    public static IHostApplicationBuilder AddSearch(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<EntityCatalogue>();
        builder.Services.AddSingleton<StoryFacts>();
        builder.Services.AddHostedService<StoryFactsWarmup>();
        builder.Services.AddScoped<IArticleSearch, SqliteArticleSearch>();
        return builder;
    }
}
