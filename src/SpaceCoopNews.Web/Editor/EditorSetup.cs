namespace SpaceCoopNews.Web.Editor;

/// <summary>The newsroom's services: saving stories, the scheduled publisher, cache eviction.</summary>
public static class EditorSetup
{
    public static IHostApplicationBuilder AddEditor(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<StoryWriter>();
        services.AddScoped<PublishedArticlesCache>();
        services.AddSingleton<ScheduledPublisher>();
        services.AddHostedService(provider => provider.GetRequiredService<ScheduledPublisher>());
        return builder;
    }
}
