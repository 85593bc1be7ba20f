using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Admin.Users;

/// <summary>Create or edit a user; reset a password to a one-time temporary one that must be changed at next login.</summary>
public sealed class Edit(LantoaDb db, IPasswordHasher<User> hasher, TimeProvider clock) : LantoaPage
{
    [BindProperty] public UserForm Form { get; set; } = new();
    public int? Id { get; private set; }
    public IReadOnlyList<(int Id, string Name)> Units { get; private set; } = [];

    public sealed class UserForm
    {
        [Required(ErrorMessage = "Nhập tên đăng nhập."), RegularExpression("^[a-zA-Z0-9._-]{3,50}$", ErrorMessage = "Tên đăng nhập 3–50 ký tự: chữ không dấu, số, dấu chấm, gạch.")]
        public string UserName { get; set; } = "";
        [Required(ErrorMessage = "Nhập họ tên."), StringLength(200, ErrorMessage = "Họ tên tối đa 200 ký tự.")] public string DisplayName { get; set; } = "";
        [StringLength(200), EmailAddress(ErrorMessage = "Thư điện tử không hợp lệ.")] public string? Email { get; set; }
        public List<Role> Roles { get; set; } = [];
        public int? UnitId { get; set; }
        public bool IsActive { get; set; } = true;
        public string? Password { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var (user, refusal) = await LoadAsync(id);
        if (refusal is not null) return refusal;
        if (user is not null)
            Form = new UserForm { UserName = user.UserName, DisplayName = user.DisplayName, Email = user.Email, Roles = user.Roles.ToList(), UnitId = user.UnitId, IsActive = user.IsActive };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        var (user, refusal) = await LoadAsync(id);
        if (refusal is not null) return refusal;
        if (Form.Roles.Count == 0) ModelState.AddModelError("Form.Roles", "Chọn ít nhất một vai trò.");
        if (Form.UnitId is null || !Units.Any(u => u.Id == Form.UnitId)) ModelState.AddModelError("Form.UnitId", "Chọn đơn vị của người dùng.");
        if (user is null && PasswordRules.Check(Form.Password) is { } weak) ModelState.AddModelError("Form.Password", weak);
        var name = (Form.UserName ?? "").Trim().ToLowerInvariant(); // an emptied field binds as null
        if (await db.Users.AnyAsync(u => u.UserName == name && u.Id != (user == null ? 0 : user.Id)))
            ModelState.AddModelError("Form.UserName", "Tên đăng nhập đã có người dùng.");
        if (!ModelState.IsValid) return Invalid();

        if (user is null)
        {
            user = new User(name, Form.DisplayName, Actor.ProvinceId, Form.UnitId, Form.Roles, clock.GetUtcNow()) { MustChangePassword = true };
            user.SetPasswordHash(hasher.HashPassword(user, Form.Password!));
            db.Users.Add(user);
        }
        else
        {
            user.DisplayName = Form.DisplayName.Trim();
            if (!user.Roles.OrderBy(r => r).SequenceEqual(Form.Roles.Distinct().OrderBy(r => r))) user.SetRoles(Form.Roles);
            user.UnitId = Form.UnitId;
            user.IsActive = Form.IsActive;
        }
        user.Email = string.IsNullOrWhiteSpace(Form.Email) ? null : Form.Email.Trim();
        await db.SaveChangesAsync();
        Flash("Đã lưu người dùng.");
        return Redirect($"/Admin/Users/{user.Id}");
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(string id)
    {
        var (user, refusal) = await LoadAsync(id);
        if (refusal is not null) return refusal;
        if (user is null) return NotFoundPage();
        var temporary = "Lt-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant() + "9";
        user.SetPasswordHash(hasher.HashPassword(user, temporary));
        user.MustChangePassword = true;
        user.Unlock();
        await db.SaveChangesAsync();
        Flash($"Mật khẩu tạm của {user.UserName}: {temporary} — chỉ hiện một lần; người dùng phải đổi khi đăng nhập.");
        return Redirect($"/Admin/Users/{user.Id}");
    }

    private async Task<(User?, IActionResult?)> LoadAsync(string id)
    {
        User? user = null;
        if (id != "New")
        {
            if (!int.TryParse(id, out var uid)) return (null, NotFoundPage());
            user = await db.Users.FirstOrDefaultAsync(u => u.Id == uid);
            if (user is null) return (null, NotFoundPage());
            if (!AccessPolicy.CanManageUsers(Actor, user.ProvinceId)) return (null, user.ProvinceId == Actor.ProvinceId ? Denied() : NotFoundPage());
            Id = user.Id;
        }
        else if (Actor.ProvinceId is null || !AccessPolicy.CanManageUsers(Actor, Actor.ProvinceId))
        {
            return (null, Denied());
        }
        var provinceId = user?.ProvinceId ?? Actor.ProvinceId;
        Units = await db.Units.AsNoTracking().Where(u => provinceId == null || u.ProvinceId == provinceId)
            .OrderBy(u => u.Kind).ThenBy(u => EF.Functions.Collate(u.Name, "vi-x-icu"))
            .Select(u => new ValueTuple<int, string>(u.Id, u.Name)).ToListAsync();
        return (user, null);
    }
}
