using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SpaceCoopNews.Web.Accounts;
using SpaceCoopNews.Web.Commands;
using SpaceCoopNews.Web.Tests.Infrastructure;

namespace SpaceCoopNews.Web.Tests.Accounts;

public class CreateAdminCommandTests(EmptyNewsAppFactory app) : IClassFixture<EmptyNewsAppFactory>
{
    private async Task<(int Code, string Output, string Errors)> RunAsync(string[] args, string stdin, string? environmentPassword)
    {
        using var scope = app.Services.CreateScope();
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = await CreateAdminCommand.RunAsync(scope.ServiceProvider, args, new StringReader(stdin), output, errors,
            name => name == CreateAdminCommand.PasswordVariable ? environmentPassword : null);
        return (code, output.ToString(), errors.ToString());
    }

    [Fact]
    public void Create_admin_is_an_operator_command() => Assert.True(CommandLine.IsCommand(["create-admin", "--email", "a@example.org"]));

    [Fact]
    public async Task The_password_from_standard_input_makes_an_admin_who_can_sign_in()
    {
        var (code, output, _) = await RunAsync(["--email", "first.admin@example.org"], "admins own passphrase\n", null);
        var client = app.CreateBrowserClient();
        await client.SignInAsync("first.admin@example.org", "admins own passphrase");

        Assert.Equal(0, code);
        Assert.Contains("Created admin first.admin@example.org", output);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task The_environment_variable_wins_over_standard_input()
    {
        var (code, _, _) = await RunAsync(["--email", "env.admin@example.org"], "ignored stdin password\n", "password from the environment");
        var client = app.CreateBrowserClient();
        var signIn = await client.SignInAsync("env.admin@example.org", "password from the environment");

        Assert.Equal(0, code);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task Running_again_restores_the_admin_with_the_new_password()
    {
        await RunAsync(["--email", "again@example.org"], "first long password\n", null);

        var (code, output, _) = await RunAsync(["--email", "again@example.org"], "second long password\n", null);
        var signIn = await app.CreateBrowserClient().SignInAsync("again@example.org", "second long password");

        Assert.Equal(0, code);
        Assert.Contains("admin again", output);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Theory]
    [InlineData(new string[0], "long enough password\n", 2)]
    [InlineData(new[] { "--email", "not-an-email" }, "long enough password\n", 2)]
    [InlineData(new[] { "--email", "nopassword@example.org" }, "", 2)]
    [InlineData(new[] { "--email", "weak@example.org" }, "short\n", 1)]
    public async Task Bad_input_fails_with_a_message_and_creates_nothing(string[] args, string stdin, int expected)
    {
        var (code, _, errors) = await RunAsync(args, stdin, null);

        Assert.Equal(expected, code);
        Assert.NotEmpty(errors);
        Assert.False(app.WithDb(db => db.Users.Any(u => u.Email == "weak@example.org" || u.Email == "nopassword@example.org")));
    }
}
