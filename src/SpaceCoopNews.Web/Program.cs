using SpaceCoopNews.Web.Accounts;
using SpaceCoopNews.Web.Api;
using SpaceCoopNews.Web.CatalogueEditing;
using SpaceCoopNews.Web.Commands;
using SpaceCoopNews.Web.Data;
using SpaceCoopNews.Web.Feeds;
using SpaceCoopNews.Web.Editor;
using SpaceCoopNews.Web.Health;
using SpaceCoopNews.Web.Hosting;
using SpaceCoopNews.Web.Import;
using SpaceCoopNews.Web.Logging;
using SpaceCoopNews.Web.Pages;
using SpaceCoopNews.Web.Search;
using SpaceCoopNews.Web.Seo;
using SpaceCoopNews.Web.Tagging;

var builder = WebApplication.CreateBuilder(args);
builder.AddSiteLogging();
builder.AddReverseProxySupport();
builder.AddNewsStore();
builder.AddReaderPages();
builder.AddHealth();
builder.AddTagging();
builder.AddAccounts();
builder.AddFeeds();
builder.AddPublicApi();
builder.AddFeedImport();
builder.AddEditor();
builder.AddRequestBodyLimit();
builder.AddSearch();
builder.AddCatalogueEditing();

var app = builder.Build();
if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(app, args);
}
// Bringing the database up to date builds EF's model (about 0.4 s): it runs on the other core
// while the request pipeline is set up, and the server starts only once it is done.
var database = Task.Run(app.InitializeDatabaseAsync);

app.UseReverseProxySupport();
app.UseSiteErrorPages();
app.UseRequestLogging();
app.UseRequestBodyLimit();
app.UseRouting();
app.UsePublicApi();
app.UseRateLimiter();
app.UseAccounts();
app.UseAuthorization();
app.UseFeedCache();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapHealth();
app.MapTagging();
app.MapFeeds();
app.MapSitemap();
app.MapPublicApiDocs();
app.MapEditor();
app.MapArticlesApi();
app.MapEntitiesApi();
await database;
await app.RunAsync();
return 0;

/// <summary>Entry point; public so integration tests can host the app.</summary>
public partial class Program;
