namespace SpaceCoopNews.Web.Editor;

/// <summary>The newsroom's services: saving stories, the scheduled publisher, cache eviction.</summary>
public static class EditorSetup
{
    public static IHostApplicationBuilder AddEditor(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<StoryWriter>();
        services.AddScoped<StoryLinks>();
        services.AddScoped<PublishedArticlesCache>();
        services.AddSingleton<ScheduledPublisher>();
        services.AddHostedService(provider => provider.GetRequiredService<ScheduledPublisher>());
        return builder;
    }

    /// <summary>JSON endpoints of the newsroom; the group carries the same rule as the /Editor pages.</summary>
    public static WebApplication MapEditor(this WebApplication app)
    {
        var editor = app.MapGroup("/editor").RequireAuthorization(Accounts.Roles.CanEdit);
        editor.MapGet("/entities/suggest", SuggestEntitiesAsync);
        return app;
    }

    /// <summary>Typeahead for adding entities: at most ten matches, never the whole catalogue.</summary>
    private static async Task<IResult> SuggestEntitiesAsync(string? q, StoryLinks links, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > 100)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["Type 1 to 100 characters of a name."] });
        }
        var matches = await links.SuggestAsync(q, cancellationToken);
        return Results.Ok(matches.Select(m => new { slug = m.Slug, name = m.Name, kind = m.Kind.ToString().ToLowerInvariant() }));
    }
}
