using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SpaceCoopNews.Web.CatalogueEditing;

/// <summary>Editors' catalogue pages (/editor/catalogue) and the Admin's merge (/admin/catalogue/merge).</summary>
public static class CatalogueEditingSetup
{
    public const string ListPath = "/editor/catalogue";
    public const string NewPath = "/editor/catalogue/new";
    public const string MergePath = "/admin/catalogue/merge";

    public static string EditPath(int id) => $"/editor/catalogue/{id}";

    public static IHostApplicationBuilder AddCatalogueEditing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<CatalogueWriter>();
        builder.Services.AddScoped<EntityMerger>();
        // One page writes new entries and edits existing ones.
        builder.Services.Configure<RazorPagesOptions>(options => options.Conventions.AddPageRoute("/Editor/Catalogue/Edit", NewPath));
        return builder;
    }
}
