using SpaceCoopNews.Web.Accounts;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Commands;

/// <summary>Operator commands run instead of the web server: `dotnet run -- migrate`.</summary>
public static class CommandLine
{
    private static readonly Dictionary<string, Func<IServiceProvider, string[], Task<int>>> Commands = new()
    {
        ["migrate"] = MigrateAsync,
        ["eval-tagging"] = Tagging.EvalTaggingCommand.RunAsync,
        ["create-admin"] = CreateAdminCommand.RunAsync,
        ["import"] = Import.ImportCommand.RunAsync,
        ["search-rebuild"] = Search.SearchRebuildCommand.RunAsync,
    };

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.ContainsKey(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await Commands[args[0]](scope.ServiceProvider, args[1..]);
    }

    private static async Task<int> MigrateAsync(IServiceProvider services, string[] args)
    {
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        Console.WriteLine("Database is up to date.");
        return 0;
    }
}
