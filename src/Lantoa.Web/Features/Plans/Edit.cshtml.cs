using Lantoa.Domain.Users;
using Lantoa.Web.Infrastructure.Data;
using Lantoa.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantoa.Web.Features.Plans;

public sealed class Edit(LantoaDb db, TimeProvider clock) : LantoaPage
{
    [BindProperty] public PlanForm Form { get; set; } = new();
    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var plan = await db.Plans.Include(p => p.LegalBases).Include(p => p.Deadlines).FirstOrDefaultAsync(p => p.Id == id);
        if (plan is null || !AccessPolicy.CanReadProvince(Actor, plan.ProvinceId)) return NotFoundPage();
        if (!AccessPolicy.CanManagePlans(Actor, plan.ProvinceId) || plan.IsReadOnly) return Denied();
        Id = id;
        Form = PlanForm.From(plan);
        Form.Version = db.VersionOf(plan);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var plan = await db.Plans.Include(p => p.LegalBases).Include(p => p.Deadlines).FirstOrDefaultAsync(p => p.Id == id);
        if (plan is null || !AccessPolicy.CanReadProvince(Actor, plan.ProvinceId)) return NotFoundPage();
        if (!AccessPolicy.CanManagePlans(Actor, plan.ProvinceId) || plan.IsReadOnly) return Denied();
        Id = id;
        Form.Validate(ModelState);
        if (!ModelState.IsValid) return Invalid();
        db.ExpectVersion(plan, Form.Version);
        Form.ApplyTo(plan);
        plan.Touch(clock.GetUtcNow());
        await db.SaveChangesAsync();
        Flash("Đã lưu kế hoạch.");
        return Redirect($"/Plans/{id}");
    }
}
