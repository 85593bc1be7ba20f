using System.Net;
using Lantoa.Web.DemoData;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Tests.Infrastructure;

namespace Lantoa.Web.Tests.Features.Account;

/// <summary>Defect 11 of issue 11: "aaaaaaaaa1" and "Password123" were accepted.</summary>
public class PasswordTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory]
    [InlineData("aaaaaaaaa1", "ít nhất 12 ký tự")]
    [InlineData("Password123", "ít nhất 12 ký tự")]
    [InlineData("password1234", "quá phổ biến")]
    [InlineData("Password1234!", "quá phổ biến")]
    [InlineData("qwertyuiop123", "quá phổ biến")]
    [InlineData("123456789012", "quá phổ biến")]
    [InlineData("zqzqzqzqzqzqzq", "lặp lại")]
    [InlineData("tinhdoan-2024-ok", "tên đăng nhập")]
    public void Weak_passwords_are_refused_with_the_reason(string password, string reason)
    {
        var message = PasswordRules.Check(password, "tinhdoan");
        Assert.NotNull(message);
        Assert.Contains(reason, message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Hoa sen nở trong đầm 2025")]
    [InlineData("Lantoa@2024!")]
    [InlineData("kx7-Vq2#mt9!pL")]
    public void Long_uncommon_passwords_pass(string password) => Assert.Null(PasswordRules.Check(password, "tinhdoan"));

    [Fact]
    public void The_shipped_list_holds_the_top_common_and_breached_passwords()
    {
        Assert.True(PasswordRules.CommonCount > 90_000, $"{PasswordRules.CommonCount}");
        Assert.Null(PasswordRules.Check(DemoSeeder.DemoPassword)); // the demo default itself passes
    }

    [Fact]
    public async Task Change_password_refuses_a_common_password_and_accepts_a_long_sentence()
    {
        await using var app = await TestApp.StartAsync(fixture);
        var client = app.NewClient();
        await client.LoginAsync("baolongan");
        foreach (var weak in new[] { "aaaaaaaaa1", "Password123", "Password1234!" })
        {
            var refused = await client.PostFormAsync("/Account/ChangePassword", new() { ["Current"] = DemoSeeder.DemoPassword, ["New"] = weak, ["Confirm"] = weak });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var page = await TestApp.Client.ParseAsync(await refused.Content.ReadAsStringAsync());
            Assert.NotEmpty(page.QuerySelector("[data-valmsg-for=New]")!.TextContent.Trim());
        }
        var ok = await client.PostFormAsync("/Account/ChangePassword", new() { ["Current"] = DemoSeeder.DemoPassword, ["New"] = "Báo Long An số ra hôm nay", ["Confirm"] = "Báo Long An số ra hôm nay" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        await app.NewClient().LoginAsync("baolongan", "Báo Long An số ra hôm nay");
    }
}
