using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpaceCoopNews.Web.Audit;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Accounts;

/// <summary>Identity over the news database, the auth cookie, roles, sign-in rate limit and the route rules.</summary>
public static class AccountsSetup
{
    public const string SignInPath = "/account/sign-in";
    public const string ChangePasswordPath = "/account/change-password";

    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AccountOptions>().BindConfiguration("Accounts");
        services.AddHttpContextAccessor();
        services.AddScoped<AuditLog>();
        services.AddScoped<StaffAccounts>();

        services.AddIdentity<EditorUser, IdentityRole>(options =>
            {
                // Long passphrases over composition rules (NIST SP 800-63B).
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<NewsDbContext>()
            .AddClaimsPrincipalFactory<EditorClaimsFactory>();

        // Checked on every signed-in request so that disabling an account or changing its
        // password ends its other sessions at once; only editors carry the cookie, so it is cheap.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "scn.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(10);
            options.SlidingExpiration = true;
            options.LoginPath = SignInPath;
            options.LogoutPath = "/account/sign-out";
            options.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                }
                else
                {
                    context.Response.Redirect(context.RedirectUri);
                }
                return Task.CompletedTask;
            };
            // A signed-in account without the role gets the 403 status page, not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "scn.af";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.CanEdit, policy => policy.RequireRole(Roles.Admin, Roles.Editor))
            .AddPolicy(Roles.CanAdminister, policy => policy.RequireRole(Roles.Admin));

        services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/Editor", Roles.CanEdit);
            options.Conventions.AuthorizeFolder("/Admin", Roles.CanAdminister);
        });

        services.AddSingleton<SignInRateLimit>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy<string, SignInRateLimit>(SignInRateLimit.PolicyName);
        });
        return builder;
    }

    /// <summary>Between UseRouting and UseAuthorization.</summary>
    public static WebApplication UseAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.Use(SendToChangePasswordFirst);
        return app;
    }

    /// <summary>An account on its initial password may do nothing in the newsroom until it picks its own.</summary>
    private static Task SendToChangePasswordFirst(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path;
        if (context.User.HasClaim(EditorClaimsFactory.MustChangePasswordClaim, "true")
            && (path.StartsWithSegments("/editor") || path.StartsWithSegments("/admin")))
        {
            context.Response.Redirect(ChangePasswordPath);
            return Task.CompletedTask;
        }
        return next(context);
    }
}
