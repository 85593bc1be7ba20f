using System.CommandLine;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantoa.Web.Cli;

/// <summary>`users create` and `users reset-password`, for the first admin of a real installation.</summary>
public static class UsersCommands
{
    public static Command Build()
    {
        var name = new Argument<string>("username") { Description = "Tên đăng nhập." };
        var role = new Option<Role[]>("--role") { Description = "Vai trò: Admin, Coordinator, UnitOfficer, Leadership.", AllowMultipleArgumentsPerToken = true, Required = true };
        var display = new Option<string?>("--name") { Description = "Họ tên." };
        var province = new Option<string?>("--province") { Description = "Mã tỉnh; bỏ trống với quản trị cả nước." };
        var unitId = new Option<int?>("--unit") { Description = "Mã (id) đơn vị." };
        var create = new Command("create", "Tạo người dùng; mật khẩu đọc từ biến LANTOA_NEW_PASSWORD hoặc nhập từ bàn phím.") { name, role, display, province, unitId };
        create.SetAction((pr, ct) => LantoaCli.WithServicesAsync(async (sp, token) =>
        {
            var db = sp.GetRequiredService<LantoaDb>();
            var password = Environment.GetEnvironmentVariable("LANTOA_NEW_PASSWORD") ?? ReadPassword();
            if (PasswordRules.Check(password) is { } weak) { Console.Error.WriteLine(weak); return 2; }
            int? provinceId = null;
            if (pr.GetValue(province) is { } code)
            {
                provinceId = await db.Provinces.Where(p => p.Code == code).Select(p => (int?)p.Id).FirstOrDefaultAsync(token);
                if (provinceId is null) { Console.Error.WriteLine($"Không có tỉnh mã {code}."); return 2; }
            }
            var userName = pr.GetValue(name)!.Trim().ToLowerInvariant();
            if (await db.Users.AnyAsync(u => u.UserName == userName, token)) { Console.Error.WriteLine("Tên đăng nhập đã tồn tại."); return 2; }
            var user = new User(userName, pr.GetValue(display) ?? userName, provinceId, pr.GetValue(unitId), pr.GetValue(role)!, DateTimeOffset.UtcNow);
            user.SetPasswordHash(sp.GetRequiredService<IPasswordHasher<User>>().HashPassword(user, password!));
            db.Users.Add(user);
            await db.SaveChangesAsync(token);
            Console.WriteLine($"Đã tạo người dùng {user.UserName} (#{user.Id}).");
            return 0;
        }, ct));
        return new Command("users", "Người dùng.") { create };
    }

    private static string? ReadPassword()
    {
        if (Console.IsInputRedirected) return Console.ReadLine();
        Console.Write("Mật khẩu: ");
        var chars = new List<char>();
        for (var k = Console.ReadKey(intercept: true); k.Key != ConsoleKey.Enter; k = Console.ReadKey(intercept: true))
            if (k.Key == ConsoleKey.Backspace) { if (chars.Count > 0) chars.RemoveAt(chars.Count - 1); }
            else chars.Add(k.KeyChar);
        Console.WriteLine();
        return new string(chars.ToArray());
    }
}
