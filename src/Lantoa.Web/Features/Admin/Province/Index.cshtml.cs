using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Auth;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Admin.Province;

/// <summary>The national admin picks the province to work on (<see cref="WorkingProvince"/>), or none: the whole country.</summary>
public sealed class Index(LantoaDb db) : LantoaPage
{
    public sealed record Choice(int Id, string Name, int Plans);

    public IReadOnlyList<Choice> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!AccessPolicy.CanPickProvince(Actor)) return Denied();
        Choices = await db.Provinces.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new Choice(p.Id, p.Name, db.Plans.Count(x => x.ProvinceId == p.Id))).ToListAsync();
        Choices = Choices.OrderBy(c => c.Name, Lantoa.Domain.Text.VietnameseComparer.Instance).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? provinceId)
    {
        if (!AccessPolicy.CanPickProvince(Actor)) return Denied();
        if (provinceId is null)
        {
            Response.Cookies.Delete(WorkingProvince.Cookie);
            Flash("Đang làm việc trên cả nước.");
            return Redirect("/Admin/Province");
        }

        var name = await db.Provinces.Where(p => p.Id == provinceId).Select(p => p.Name).FirstOrDefaultAsync();
        if (name is null)
        {
            ModelState.AddModelError("provinceId", "Không có tỉnh này; hãy chọn một tỉnh trong danh sách.");
            await OnGetAsync();
            return Invalid();
        }

        Response.Cookies.Append(WorkingProvince.Cookie, provinceId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = Request.IsHttps, IsEssential = true, Path = "/" });
        Flash($"Đang làm việc với {name}.");
        return Redirect("/");
    }
}
