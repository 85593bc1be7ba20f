using Lantoa.Domain.Plans;
using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace Lantoa.Web.Features.Plans;

public sealed class Create(LantoaDb db, TimeProvider clock) : LantoaPage
{
    [BindProperty] public PlanForm Form { get; set; } = new();

    public IActionResult OnGet() => Actor.ProvinceId is { } p && AccessPolicy.CanManagePlans(Actor, p) ? Page() : Denied();

    public async Task<IActionResult> OnPostAsync()
    {
        if (Actor.ProvinceId is not { } provinceId || !AccessPolicy.CanManagePlans(Actor, provinceId)) return Denied();
        Form.Validate(ModelState);
        if (!ModelState.IsValid) return Invalid();
        var plan = new Plan(provinceId, Form.Title, Form.Kind, Form.Year, clock.GetUtcNow());
        Form.ApplyTo(plan);
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        Flash("Đã tạo kế hoạch. Thêm các hoạt động và đơn vị thực hiện.");
        return Redirect($"/Plans/{plan.Id}");
    }
}
