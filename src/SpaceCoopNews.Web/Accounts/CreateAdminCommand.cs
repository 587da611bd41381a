using Microsoft.AspNetCore.Identity;
using SpaceCoopNews.Web.Audit;
using SpaceCoopNews.Web.Data;

namespace SpaceCoopNews.Web.Accounts;

/// <summary>
/// `create-admin --email admin@example.org`: makes the first Admin (there is no public sign-up), or
/// restores an existing account to Admin with a new password. The password comes from
/// SPACECOOPNEWS_ADMIN_PASSWORD or the first line of standard input, never from the command line,
/// where it would land in shell history and process lists.
/// </summary>
public static class CreateAdminCommand
{
    public const string PasswordVariable = "SPACECOOPNEWS_ADMIN_PASSWORD";

    public static Task<int> RunAsync(IServiceProvider services, string[] args) =>
        RunAsync(services, args, Console.In, Console.Out, Console.Error, Environment.GetEnvironmentVariable);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter errors, Func<string, string?> environment)
    {
        var emailAt = Array.IndexOf(args, "--email");
        var email = emailAt >= 0 && emailAt + 1 < args.Length ? args[emailAt + 1].Trim() : "";
        if (!new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email) || email.Length == 0)
        {
            await errors.WriteLineAsync("Usage: create-admin --email admin@example.org");
            await errors.WriteLineAsync($"The password is read from {PasswordVariable} or, if unset, from the first line of standard input.");
            return 2;
        }
        var password = environment(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            if (!Console.IsInputRedirected && ReferenceEquals(input, Console.In))
            {
                await errors.WriteAsync("Password for the new admin (at least 12 characters): ");
            }
            password = (await input.ReadLineAsync())?.TrimEnd('\r', '\n');
        }
        if (string.IsNullOrEmpty(password))
        {
            await errors.WriteLineAsync($"No password: set {PasswordVariable} or write it on standard input.");
            return 2;
        }

        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var users = services.GetRequiredService<UserManager<EditorUser>>();
        var accounts = services.GetRequiredService<StaffAccounts>();
        var audit = services.GetRequiredService<AuditLog>();
        var existing = await users.FindByEmailAsync(email);
        IdentityResult result;
        if (existing is null)
        {
            result = await accounts.CreateAsync(email, Roles.Admin, password, mustChangePassword: false);
        }
        else
        {
            await accounts.EnableAsync(existing);
            result = await accounts.ResetPasswordAsync(existing, password, mustChangePassword: false);
            if (result.Succeeded && !await users.IsInRoleAsync(existing, Roles.Admin))
            {
                result = await users.AddToRoleAsync(existing, Roles.Admin);
            }
        }
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                await errors.WriteLineAsync(error.Description);
            }
            return 1;
        }
        await audit.RecordAsync(existing is null ? "user.create-admin" : "user.restore-admin", $"user:{email}");
        await output.WriteLineAsync(existing is null ? $"Created admin {email}." : $"{email} is an admin again, with the new password.");
        return 0;
    }
}
